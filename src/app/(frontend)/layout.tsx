import type { Metadata } from 'next'
import type { ReactNode } from 'react'

export const metadata: Metadata = {
  title: { default: 'Warta', template: '%s | Warta' },
  description: 'Berita kegiatan humas kepolisian.',
}

export default function FrontendLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body>{children}</body>
    </html>
  )
}
