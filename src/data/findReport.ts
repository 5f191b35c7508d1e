import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import type { Correction, Report } from '@/payload-types'

// The reads behind a report's page, without Next: a Payload instance passed in, no cache, no
// `server-only`, so tests read exactly what the page reads. src/data/getReportBySlug.ts caches them.

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

/** A published report by its slug, with its public correction notes, as an anonymous reader gets it. */
export const findReportBySlug = async (payload: Payload, slug: string): Promise<PublicReport | null> => {
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
}

/** The public withdrawal notice of a report that is no longer published under this slug, if any. */
export const findWithdrawalNotice = async (payload: Payload, slug: string): Promise<WithdrawalNotice | null> => {
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
}

/** The current slug of a published report that was once public under `slug`, if any. */
export const findCurrentSlugFor = async (payload: Payload, slug: string): Promise<string | null> => {
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
}
