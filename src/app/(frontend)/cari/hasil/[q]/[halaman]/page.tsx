import type { Metadata } from 'next'

import { searchMetadata, SearchPage } from '@/components/SearchPage/SearchPage'
import { searchQueryOf } from '@/constants/routes'
import { normaliseSearch } from '@/utilities/searchQuery'

// A results page is cached like any list (in memory, see next.config.mjs) and expires with the
// reports and taxonomy tags of its data (src/data/searchReports.ts): a search asked again is a
// cache hit, and a publication reaches it within the 2 s the other lists take.
export const revalidate = 600
export const dynamicParams = true
export const generateStaticParams = async () => []

type Props = { params: Promise<{ q: string; halaman: string }> }

const read = async (params: Props['params']) => {
  const { q, halaman } = await params
  return normaliseSearch(searchQueryOf(q), halaman)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata((await read(params)).q)
}

/** /cari?q=...&halaman=n, as src/proxy.ts rewrites it: one cached page per normalised query and page. */
export default async function SearchResults({ params }: Props) {
  const { q, page } = await read(params)
  return <SearchPage q={q} page={page} />
}
