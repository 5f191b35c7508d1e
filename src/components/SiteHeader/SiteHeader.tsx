import Link from 'next/link'

/** The site's header: name, and the few places every reader looks for. */
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
            <Link href="/">Beranda</Link>
          </li>
          <li>
            <Link href="/ralat">Ralat</Link>
          </li>
        </ul>
      </nav>
    </div>
  </header>
)
