import 'server-only'

import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '@/constants/cacheTags'

import { findArchiveMonths, monthRange, type ArchiveMonth } from './findArchiveMonths'
import { publicPayload } from './publicPayload'

export { monthRange, type ArchiveMonth }

/** Every month with published reports, newest first, with how many. Tag: reports. */
export const getArchiveMonths = unstable_cache(async (): Promise<ArchiveMonth[]> => findArchiveMonths(await publicPayload()), ['archive-months'], {
  tags: [CACHE_TAGS.reports],
  revalidate: 3600,
})
