import Link from 'next/link'

/** Placeholder home until the public news site lands (issue 4). */
export default function HomePage() {
  return (
    <main>
      <h1>Warta</h1>
      <p>Ruang redaksi humas. Situs berita publik sedang disiapkan.</p>
      <p>
        <Link href="/admin">Masuk ke panel redaksi</Link>
      </p>
    </main>
  )
}
