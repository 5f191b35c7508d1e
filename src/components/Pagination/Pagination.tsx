import Link from 'next/link'

import { pagePath } from '@/constants/routes'

/** Previous and next pages, and where the reader is. Plain links. */
export const Pagination = ({ base, page, totalPages }: { base: string; page: number; totalPages: number }) => {
  if (totalPages <= 1) return null
  return (
    <nav className="pagination" aria-label="Halaman">
      {page > 1 ? (
        <Link href={pagePath(base, page - 1)} rel="prev">
          ← Sebelumnya
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">
        Halaman {page} dari {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={pagePath(base, page + 1)} rel="next">
          Berikutnya →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}

/** The page number in a list URL's optional last segment: 1 for none, null when it is not a page. */
export const pageFromSegments = (segments: string[] | undefined): number | null => {
  if (!segments || segments.length === 0) return 1
  if (segments.length !== 1 || !/^[1-9]\d{0,4}$/.test(segments[0] as string)) return null
  const page = Number(segments[0])
  return page === 1 ? null : page
}
