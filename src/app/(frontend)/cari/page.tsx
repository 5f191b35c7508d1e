import type { Metadata } from 'next'

import { searchMetadata, SearchPage } from '@/components/SearchPage/SearchPage'
import { normaliseSearch } from '@/utilities/searchQuery'

type Props = { searchParams: Promise<{ q?: string | string[]; halaman?: string | string[] }> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata(normaliseSearch(first((await searchParams).q), undefined).q)
}

/**
 * /cari: the search form. A query (/cari?q=...&halaman=n) is rewritten by src/proxy.ts to the cached
 * results page (./hasil/[q]/[halaman]); this renders it too should a request ever get here with one.
 */
export default async function Search({ searchParams }: Props) {
  const params = await searchParams
  const { q, page } = normaliseSearch(first(params.q), first(params.halaman))
  return <SearchPage q={q} page={page} />
}
