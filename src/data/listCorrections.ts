import 'server-only'

import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '@/constants/cacheTags'
import { COLLECTIONS } from '@/constants/collections'
import type { Correction, Unit } from '@/payload-types'

import { publicPayload } from './publicPayload'

export type CorrectionEntry = Pick<Correction, 'id' | 'kind' | 'note' | 'at' | 'reportTitle' | 'reportSlug'> & { unit: Pick<Unit, 'name' | 'timeZone'> | null }

/** The public register of corrections and withdrawals, newest first. Tags: corrections, taxonomy. */
export const listCorrections = (page: number): Promise<{ docs: CorrectionEntry[]; page: number; totalPages: number }> =>
  unstable_cache(
    async () => {
      const payload = await publicPayload()
      const result = await payload.find({
        collection: COLLECTIONS.corrections,
        select: { kind: true, note: true, at: true, reportTitle: true, reportSlug: true, unit: true },
        populate: { units: { name: true, timeZone: true } },
        sort: '-at',
        depth: 1,
        limit: 30,
        page,
        overrideAccess: false,
      })
      return { docs: result.docs as unknown as CorrectionEntry[], page: result.page ?? page, totalPages: result.totalPages }
    },
    ['corrections', String(page)],
    { tags: [CACHE_TAGS.corrections, CACHE_TAGS.taxonomy], revalidate: 3600 },
  )()
