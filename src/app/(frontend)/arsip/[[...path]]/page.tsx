import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { pageFromSegments } from '@/components/Pagination/Pagination'
import { ReportListPage } from '@/components/ReportListPage/ReportListPage'
import { archivePath, pagePath } from '@/constants/routes'
import { getArchiveMonths, monthRange } from '@/data/archive'
import { monthName } from '@/utilities/monthName'
import { listMetadata } from '@/utilities/seo'

// /arsip (every month), /arsip/2026/08 and /arsip/2026/08/2: rendered on first request, then cached.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async () => []

type Props = { params: Promise<{ path?: string[] }> }
type Parsed = { kind: 'index' } | { kind: 'month'; year: number; month: number; page: number }

const parse = async (params: Props['params']): Promise<Parsed | null> => {
  const [year, month, ...rest] = (await params).path ?? []
  if (year === undefined) return { kind: 'index' }
  if (!year || !month || !/^\d{4}$/.test(year) || !/^\d{2}$/.test(month)) return null
  const y = Number(year)
  const m = Number(month)
  const page = pageFromSegments(rest)
  if (m < 1 || m > 12 || y < 2000 || y > 2100 || page === null) return null
  return { kind: 'month', year: y, month: m, page }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const parsed = await parse(params)
  if (!parsed) return { title: 'Halaman tidak ditemukan', robots: { index: false } }
  if (parsed.kind === 'index') return listMetadata({ title: 'Arsip berita', description: 'Semua berita per bulan terbit.', path: archivePath() })
  const name = monthName(parsed.year, parsed.month)
  return listMetadata({
    title: parsed.page > 1 ? `Arsip ${name} — halaman ${parsed.page}` : `Arsip ${name}`,
    description: `Berita yang terbit pada ${name}.`,
    path: pagePath(archivePath(parsed.year, parsed.month), parsed.page),
  })
}

const ArchiveIndex = async () => {
  const months = await getArchiveMonths()
  return (
    <div className="list-page">
      <h1>Arsip berita</h1>
      {months.length === 0 ? (
        <p>Belum ada berita.</p>
      ) : (
        <ul className="archive-months">
          {months.map(({ year, month, count }) => (
            <li key={`${year}-${month}`}>
              <Link href={archivePath(year, month)}>{monthName(year, month)}</Link> ({count} berita)
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** The archive: months with their counts, and each month's reports (first published then, in WIB). */
export default async function ArchivePage({ params }: Props) {
  const parsed = await parse(params)
  if (!parsed) notFound()
  if (parsed.kind === 'index') return <ArchiveIndex />
  const { from, to } = monthRange(parsed.year, parsed.month)
  return (
    <ReportListPage
      title={`Arsip ${monthName(parsed.year, parsed.month)}`}
      base={archivePath(parsed.year, parsed.month)}
      page={parsed.page}
      where={{ and: [{ publishedAt: { greater_than_equal: from } }, { publishedAt: { less_than: to } }] }}
      empty="Tidak ada berita yang terbit pada bulan ini."
    />
  )
}
