import Link from 'next/link'

import { archivePath, correctionsPath, latestPath, searchPath } from '@/constants/routes'

/** The site's header: name, the places every reader looks for, and search (a plain GET form). */
export const SiteHeader = () => (
  <header className="site-header">
    <div className="wrap">
      <Link href="/" className="site-name">
        Warta
        <span className="site-tagline">Berita kegiatan humas kepolisian</span>
      </Link>
      <nav aria-label="Navigasi utama">
        <ul>
          <li>
            <Link href={latestPath}>Terbaru</Link>
          </li>
          <li>
            <Link href={archivePath()}>Arsip</Link>
          </li>
          <li>
            <Link href={correctionsPath}>Ralat</Link>
          </li>
        </ul>
      </nav>
      <form role="search" action={searchPath} method="get" className="header-search">
        <label htmlFor="header-q" className="visually-hidden">
          Cari berita
        </label>
        <input id="header-q" name="q" type="search" placeholder="Cari berita" maxLength={120} />
        <button type="submit">Cari</button>
      </form>
    </div>
  </header>
)
