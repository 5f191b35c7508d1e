import type { Metadata } from 'next'
import Link from 'next/link'

import { aboutPath, correctionsPath, feedPaths } from '@/constants/routes'
import { listMetadata, SITE_NAME } from '@/utilities/seo'

// Reads nothing from the database: prerendered once at build time and served as a file.
export const dynamic = 'force-static'

export const metadata: Metadata = listMetadata({
  title: `Tentang ${SITE_NAME}`,
  description: 'Siapa yang menulis berita di Warta, bagaimana berita diperiksa sebelum terbit, dan cara berlangganan.',
  path: aboutPath,
})

const feeds = feedPaths('/')

export default function AboutPage() {
  return (
    <article className="report">
      <h1>Tentang {SITE_NAME}</h1>
      <p>
        {SITE_NAME} memuat berita resmi kegiatan satuan kerja kepolisian, dari Mabes Polri hingga Polsek. Setiap berita ditulis oleh
        operator humas satuan kerja yang bersangkutan dan terbit atas nama satuan itu.
      </p>
      <h2>Diperiksa sebelum terbit</h2>
      <p>
        Tidak ada berita yang terbit tanpa persetujuan editor dari satuan kerja itu atau satuan di atasnya, dan tidak ada yang menyetujui
        tulisannya sendiri. Berita yang sudah terbit lalu diperbaiki diberi catatan ralat; berita yang ditarik tetap menyisakan
        pemberitahuan beserta alasannya. Semuanya tercatat di <Link href={correctionsPath}>daftar ralat dan penarikan</Link>.
      </p>
      <h2>Waktu</h2>
      <p>Waktu kegiatan dan terbit ditulis menurut zona waktu satuan kerja: WIB, WITA, atau WIT.</p>
      <h2>Berlangganan</h2>
      <p>
        Seluruh berita tersedia sebagai <a href={feeds.rss}>RSS</a>, <a href={feeds.atom}>Atom</a>, dan <a href={feeds.json}>JSON Feed</a>.
        Setiap satuan kerja, jenis kegiatan, dan tag juga punya umpan sendiri, yang alamatnya tercantum di halamannya.
      </p>
    </article>
  )
}
