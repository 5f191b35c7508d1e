import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { pageFromSegments } from '@/components/Pagination/Pagination'
import { ReportListPage } from '@/components/ReportListPage/ReportListPage'
import { latestPath, pagePath } from '@/constants/routes'
import { listMetadata } from '@/utilities/seo'

export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async () => []

type Props = { params: Promise<{ page?: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageFromSegments((await params).page) ?? 1
  return listMetadata({
    title: page > 1 ? `Berita terbaru — halaman ${page}` : 'Berita terbaru',
    description: 'Semua berita kegiatan humas kepolisian, terbaru lebih dulu.',
    path: pagePath(latestPath, page),
    feeds: { base: '/', title: 'Berita terbaru Warta' },
  })
}

/** /terbaru, /terbaru/2 ...: every published report, newest first. */
export default async function LatestPage({ params }: Props) {
  const page = pageFromSegments((await params).page)
  if (page === null) notFound()
  return <ReportListPage title="Berita terbaru" base={latestPath} page={page} where={{}} />
}
