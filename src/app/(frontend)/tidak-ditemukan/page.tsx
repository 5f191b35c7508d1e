import type { Metadata } from 'next'

import NotFound from '../not-found'

// The site's 404 page as a whole document, prerendered at build time. Next 16's production server
// sends a page that called notFound() as an empty shell its client runtime renders; the production
// server (src/server/hardenResponse.mjs) sends this document in its place, status 404, and
// answers this URL itself with 404 too.
export const dynamic = 'force-static'

export const metadata: Metadata = { title: 'Halaman tidak ditemukan', robots: { index: false } }

export default NotFound
