import 'server-only'

import { unstable_cache } from 'next/cache'

import { CACHE_TAGS, reportSlugTag } from '@/constants/cacheTags'
import { COLLECTIONS } from '@/constants/collections'
import type { Correction, Report } from '@/payload-types'

import { publicPayload } from './publicPayload'

export type PublicReport = Report & { corrections: Pick<Correction, 'id' | 'note' | 'at'>[] }
export type WithdrawalNotice = Pick<Correction, 'reportTitle' | 'reportSlug' | 'note' | 'at'>

const PUBLIC_FIELDS = {
  title: true,
  previousSlugs: true,
  slug: true,
  unit: true,
  activityType: true,
  activityAt: true,
  datelineCity: true,
  venue: true,
  officials: true,
  summary: true,
  body: true,
  leadPhoto: true,
  gallery: true,
  tags: true,
  publishedAt: true,
  revisedAt: true,
  credits: true,
  updatedAt: true,
} as const

/**
 * A published report by its slug, with its public correction notes, as an anonymous reader gets it.
 * Tags: the report's page and the taxonomy it shows.
 */
export const getReportBySlug = (slug: string): Promise<PublicReport | null> =>
  unstable_cache(
    async () => {
      const payload = await publicPayload()
      const { docs } = await payload.find({
        collection: COLLECTIONS.reports,
        where: { slug: { equals: slug } },
        select: PUBLIC_FIELDS,
        depth: 1,
        limit: 1,
        pagination: false,
        overrideAccess: false,
      })
      const report = docs[0] as Report | undefined
      if (!report) return null
      const { docs: corrections } = await payload.find({
        collection: COLLECTIONS.corrections,
        where: { and: [{ report: { equals: report.id } }, { kind: { equals: 'correction' } }] },
        select: { note: true, at: true },
        sort: 'at',
        depth: 0,
        limit: 100,
        pagination: false,
        overrideAccess: false,
      })
      return { ...report, corrections } as PublicReport
    },
    ['report-by-slug', slug],
    { tags: [reportSlugTag(slug), CACHE_TAGS.taxonomy], revalidate: 3600 },
  )()

/** The public withdrawal notice of a report that is no longer published under this slug, if any. */
export const getWithdrawalNotice = (slug: string): Promise<WithdrawalNotice | null> =>
  unstable_cache(
    async () => {
      const payload = await publicPayload()
      const { docs } = await payload.find({
        collection: COLLECTIONS.corrections,
        where: { and: [{ reportSlug: { equals: slug } }, { kind: { equals: 'withdrawal' } }] },
        select: { reportTitle: true, reportSlug: true, note: true, at: true },
        sort: '-at',
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: false,
      })
      return (docs[0] as WithdrawalNotice | undefined) ?? null
    },
    ['withdrawal-by-slug', slug],
    { tags: [reportSlugTag(slug), CACHE_TAGS.corrections], revalidate: 3600 },
  )()

/** The current slug of a published report that was once public under `slug`, if any. */
export const getCurrentSlugFor = (slug: string): Promise<string | null> =>
  unstable_cache(
    async () => {
      const payload = await publicPayload()
      const { docs } = await payload.find({
        collection: COLLECTIONS.reports,
        where: { previousSlugs: { in: [slug] } },
        select: { slug: true },
        sort: '-publishedAt',
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: false,
      })
      return docs[0]?.slug ?? null
    },
    ['report-previous-slug', slug],
    { tags: [CACHE_TAGS.reports, reportSlugTag(slug)], revalidate: 3600 },
  )()
