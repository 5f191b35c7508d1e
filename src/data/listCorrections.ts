import 'server-only'

import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '@/constants/cacheTags'

import { findCorrections, type CorrectionEntry } from './findCorrections'
import { publicPayload } from './publicPayload'

export type { CorrectionEntry }

/** The public register of corrections and withdrawals, newest first. Tags: corrections, taxonomy. */
export const listCorrections = (page: number): Promise<{ docs: CorrectionEntry[]; page: number; totalPages: number }> =>
  unstable_cache(async () => findCorrections(await publicPayload(), page), ['corrections', String(page)], { tags: [CACHE_TAGS.corrections, CACHE_TAGS.taxonomy], revalidate: 3600 })()
