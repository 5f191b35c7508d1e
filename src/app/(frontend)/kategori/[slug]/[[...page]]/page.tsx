import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { pageFromSegments } from '@/components/Pagination/Pagination'
import { ReportListPage } from '@/components/ReportListPage/ReportListPage'
import { activityTypePath, pagePath } from '@/constants/routes'
import { getActivityTypes } from '@/data/taxonomy'
import { listMetadata } from '@/utilities/seo'

export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string; page?: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page: segments } = await params
  const type = (await getActivityTypes()).find((t) => t.slug === slug)
  const page = pageFromSegments(segments)
  if (!type || page === null) return { title: 'Halaman tidak ditemukan', robots: { index: false } }
  const base = activityTypePath(slug)
  return listMetadata({
    title: page > 1 ? `${type.name} — halaman ${page}` : type.name,
    description: type.description || `Berita kegiatan jenis ${type.name}.`,
    path: pagePath(base, page),
    feeds: { base, title: `Berita ${type.name}` },
  })
}

/** Reports of one activity type. */
export default async function ActivityTypePage({ params }: Props) {
  const { slug, page: segments } = await params
  const type = (await getActivityTypes()).find((t) => t.slug === slug)
  const page = pageFromSegments(segments)
  if (!type || page === null) notFound()
  return (
    <ReportListPage
      title={type.name}
      intro={type.description ? <p className="list-intro">{type.description}</p> : undefined}
      base={activityTypePath(slug)}
      page={page}
      where={{ activityType: { equals: type.id } }}
    />
  )
}
