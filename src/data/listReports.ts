import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { CACHE_TAGS } from '@/constants/cacheTags'
import { COLLECTIONS } from '@/constants/collections'
import type { ActivityType, Media, Unit } from '@/payload-types'

import { publicPayload } from './publicPayload'

export type ReportCard = {
  id: number
  title: string
  slug: string
  summary: string
  publishedAt: string
  revisedAt: string | null
  unit: Pick<Unit, 'id' | 'name' | 'slug' | 'timeZone'> | null
  activityType: Pick<ActivityType, 'id' | 'name' | 'slug'> | null
  leadPhoto: Pick<Media, 'id' | 'alt' | 'renditions' | 'url' | 'width' | 'height'> | null
}

export type ReportPage = { docs: ReportCard[]; page: number; totalPages: number; totalDocs: number }

export const PAGE_SIZE = 20

const CARD_SELECT = { title: true, slug: true, summary: true, publishedAt: true, revisedAt: true, unit: true, activityType: true, leadPhoto: true } as const
const CARD_POPULATE = {
  units: { name: true, slug: true, timeZone: true },
  'activity-types': { name: true, slug: true },
  media: { alt: true, renditions: true, url: true, width: true, height: true },
} as const

/**
 * Published reports, newest first, as an anonymous reader lists them. The filter is plain data so the
 * cache key can hold it. With `count: false` there is no count query (the home page's sections, which
 * need no page numbers: a count is a scan of every matching report); totalDocs is then the docs'
 * number. Tags: reports, taxonomy.
 */
export const listReports = ({ where = {}, page = 1, limit = PAGE_SIZE, count = true }: { where?: Where; page?: number; limit?: number; count?: boolean }): Promise<ReportPage> =>
  unstable_cache(
    async (): Promise<ReportPage> => {
      const payload = await publicPayload()
      const result = await payload.find({
        collection: COLLECTIONS.reports,
        where,
        select: CARD_SELECT,
        populate: CARD_POPULATE,
        sort: '-publishedAt',
        depth: 1,
        limit,
        page,
        pagination: count,
        overrideAccess: false,
      })
      return { docs: result.docs as unknown as ReportCard[], page: result.page ?? page, totalPages: result.totalPages, totalDocs: count ? result.totalDocs : result.docs.length }
    },
    ['reports', JSON.stringify(where), String(page), String(limit), String(count)],
    { tags: [CACHE_TAGS.reports, CACHE_TAGS.taxonomy], revalidate: 3600 },
  )()
