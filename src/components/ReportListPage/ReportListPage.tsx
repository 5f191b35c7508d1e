import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import type { Where } from 'payload'

import { Pagination } from '@/components/Pagination/Pagination'
import { ReportCards } from '@/components/ReportCard/ReportCard'
import { listReports } from '@/data/listReports'

type Props = { title: string; base: string; page: number; where: Where; intro?: ReactNode; aside?: ReactNode; empty?: string }

/** A list page: heading, what it is about, the reports (20 a page) and the way to the next page. */
export const ReportListPage = async ({ title, base, page, where, intro, aside, empty }: Props) => {
  const result = await listReports({ where, page })
  if (page > 1 && page > result.totalPages) notFound()
  return (
    <div className="list-page">
      <header className="list-header">
        <h1>
          {title}
          {page > 1 && <span className="list-page-number"> — halaman {page}</span>}
        </h1>
        {intro}
      </header>
      {aside}
      <ReportCards reports={result.docs} empty={empty} />
      <Pagination base={base} page={result.page} totalPages={result.totalPages} />
    </div>
  )
}
