import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteHeader } from '@/components/SiteHeader/SiteHeader'
import { SITE_DESCRIPTION, SITE_NAME } from '@/utilities/seo'
import { siteUrl } from '@/utilities/siteUrl'

import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: SITE_NAME, template: `%s | ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body>
        <a className="skip-link" href="#konten">
          Langsung ke konten
        </a>
        <SiteHeader />
        <main id="konten" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <nav aria-label="Langganan">
              <ul>
                <li>
                  <a href="/feed.xml">RSS</a>
                </li>
                <li>
                  <a href="/atom.xml">Atom</a>
                </li>
                <li>
                  <a href="/feed.json">JSON Feed</a>
                </li>
                <li>
                  <a href="/ralat">Ralat &amp; penarikan</a>
                </li>
                <li>
                  <a href="/tentang">Tentang Warta</a>
                </li>
              </ul>
            </nav>
            <p>Warta — berita resmi kegiatan humas kepolisian. Setiap berita diperiksa editor sebelum terbit.</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
