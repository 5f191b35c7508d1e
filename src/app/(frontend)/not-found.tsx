import type { Metadata } from 'next'
import Link from 'next/link'

export const metadata: Metadata = { title: 'Halaman tidak ditemukan', robots: { index: false } }

export default function NotFound() {
  return (
    <section className="not-found">
      <h1>Halaman tidak ditemukan</h1>
      <p>Berita atau halaman yang Anda cari tidak ada, atau sudah dipindahkan.</p>
      <p>
        <Link href="/">Kembali ke beranda</Link>
      </p>
    </section>
  )
}
