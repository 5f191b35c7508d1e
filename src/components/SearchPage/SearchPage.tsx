import type { Metadata } from 'next'
import Link from 'next/link'

import { ReportCards } from '@/components/ReportCard/ReportCard'
import { searchPath } from '@/constants/routes'
import { searchReports } from '@/data/searchReports'
import { MAX_QUERY_LENGTH } from '@/utilities/searchQuery'

export const searchMetadata = (q: string): Metadata =>
  // Result pages are for readers, not for indexes.
  ({ title: q ? `Cari: ${q.slice(0, 60)}` : 'Cari berita', robots: { index: false, follow: true } })

const pageHref = (q: string, page: number) => `${searchPath}?${new URLSearchParams({ q, ...(page > 1 ? { halaman: String(page) } : {}) })}`

/** The search form, and for a query its results: most relevant first, 20 a page. */
export const SearchPage = async ({ q, page }: { q: string; page: number }) => {
  const result = q ? await searchReports(q, page) : null
  return (
    <div className="list-page">
      <h1>Cari berita</h1>
      <form role="search" action={searchPath} method="get" className="search-form">
        <label htmlFor="q">Kata kunci</label>
        <input id="q" name="q" type="search" defaultValue={q} maxLength={MAX_QUERY_LENGTH} autoComplete="off" />
        <button type="submit">Cari</button>
      </form>
      {result && (
        <section aria-live="polite" aria-labelledby="hasil">
          <h2 id="hasil">
            {result.totalDocs > 0 ? `${result.totalDocs} berita cocok dengan “${q}”` : `Tidak ada berita yang cocok dengan “${q}”`}
          </h2>
          <ReportCards reports={result.docs} empty="Coba kata lain, atau lebih sedikit kata." />
          {result.totalPages > 1 && (
            <nav className="pagination" aria-label="Halaman hasil">
              {page > 1 ? <Link href={pageHref(q, page - 1)}>← Sebelumnya</Link> : <span />}
              <span aria-current="page">
                Halaman {page} dari {result.totalPages}
              </span>
              {page < result.totalPages ? <Link href={pageHref(q, page + 1)}>Berikutnya →</Link> : <span />}
            </nav>
          )}
        </section>
      )}
    </div>
  )
}
