import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

// Any path no other route takes: the site's own 404 (not-found.tsx, in Indonesian, status 404)
// instead of Next's default English page for URLs outside every route group.
export const metadata: Metadata = { title: 'Halaman tidak ditemukan', robots: { index: false } }

export default function UnknownPage(): never {
  notFound()
}
