import 'server-only'

import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '@/constants/cacheTags'

import { findSlugRedirects } from './findSlugRedirects'
import { publicPayload } from './publicPayload'

/** The old-slug table, cached until a public change of any report. */
export const getSlugRedirects = (): Promise<Record<string, string>> =>
  unstable_cache(async () => findSlugRedirects(await publicPayload()), ['slug-redirects'], { tags: [CACHE_TAGS.reports], revalidate: 3600 })()
