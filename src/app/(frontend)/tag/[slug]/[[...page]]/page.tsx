import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { pageFromSegments } from '@/components/Pagination/Pagination'
import { ReportListPage } from '@/components/ReportListPage/ReportListPage'
import { pagePath, tagPath } from '@/constants/routes'
import { getTags } from '@/data/taxonomy'
import { listMetadata } from '@/utilities/seo'

export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string; page?: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page: segments } = await params
  const tag = (await getTags()).find((t) => t.slug === slug)
  const page = pageFromSegments(segments)
  if (!tag || page === null) return { title: 'Halaman tidak ditemukan', robots: { index: false } }
  const base = tagPath(slug)
  return listMetadata({
    title: page > 1 ? `#${tag.name} — halaman ${page}` : `#${tag.name}`,
    description: `Berita dengan tag ${tag.name}.`,
    path: pagePath(base, page),
    feeds: { base, title: `Berita #${tag.name}` },
  })
}

/** Reports with one tag. */
export default async function TagPage({ params }: Props) {
  const { slug, page: segments } = await params
  const tag = (await getTags()).find((t) => t.slug === slug)
  const page = pageFromSegments(segments)
  if (!tag || page === null) notFound()
  return <ReportListPage title={`#${tag.name}`} base={tagPath(slug)} page={page} where={{ tags: { in: [tag.id] } }} />
}
