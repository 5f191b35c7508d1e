import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteHeader } from '@/components/SiteHeader/SiteHeader'
import { siteUrl } from '@/utilities/siteUrl'

import './styles.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'Warta', template: '%s | Warta' },
  description: 'Berita kegiatan humas kepolisian.',
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
            <p>Warta — berita resmi kegiatan humas kepolisian.</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
