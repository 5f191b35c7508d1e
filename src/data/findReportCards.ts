import type { Payload, Where } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import type { ActivityType, Media, Unit } from '@/payload-types'

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
 * Published reports, newest first, as an anonymous reader lists them. The filter is plain data so a
 * cache key can hold it. With `count: false` there is no count query (the home page's sections, which
 * need no page numbers: a count is a scan of every matching report); totalDocs is then the docs'
 * number.
 */
export const findReportCards = async (payload: Payload, { where = {}, page = 1, limit = PAGE_SIZE, count = true }: { where?: Where; page?: number; limit?: number; count?: boolean }): Promise<ReportPage> => {
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
}

/** A home page section: the reports of some units (a regional unit and those below it) or of one activity type. */
export type SectionFilter = { units: number[] } | { activityType: number }

/** How many of the newest reports the sections are first looked for in. */
export const SECTION_WINDOW = 100

const whereOf = (filter: SectionFilter): Where => ('units' in filter ? { unit: { in: filter.units } } : { activityType: { equals: filter.activityType } })
const inSection = (filter: SectionFilter, report: { unit?: unknown; activityType?: unknown }): boolean =>
  'units' in filter ? filter.units.includes(report.unit as number) : report.activityType === filter.activityType

/**
 * The newest `perSection` published reports of each section, as findReportCards gives them one section
 * at a time, in a few queries rather than a handful per section: the unit and type of the newest
 * `window` reports fill every section that has enough of them there; a section that does not (a quiet
 * unit or type) gets a query of its own; then one query reads every card.
 */
export const findSections = async (payload: Payload, sections: SectionFilter[], perSection: number, window = SECTION_WINDOW): Promise<ReportCard[][]> => {
  const newestIds = (where: Where, limit: number) =>
    payload.find({ collection: COLLECTIONS.reports, where, select: { unit: true, activityType: true }, sort: '-publishedAt', depth: 0, limit, pagination: false, overrideAccess: false })
  const newest = (await newestIds({}, window)).docs
  const chosen = await Promise.all(
    sections.map(async (filter) => {
      const found = newest.filter((report) => inSection(filter, report)).slice(0, perSection)
      // Fewer than `window` reports in all: every report was looked at, and the section has no more.
      if (found.length === perSection || newest.length < window) return found.map((report) => report.id)
      return (await newestIds(whereOf(filter), perSection)).docs.map((report) => report.id)
    }),
  )
  const ids = [...new Set(chosen.flat())]
  if (ids.length === 0) return sections.map(() => [])
  const { docs } = await payload.find({
    collection: COLLECTIONS.reports,
    where: { id: { in: ids } },
    select: CARD_SELECT,
    populate: CARD_POPULATE,
    depth: 1,
    limit: ids.length,
    pagination: false,
    overrideAccess: false,
  })
  const byId = new Map((docs as unknown as ReportCard[]).map((card) => [card.id, card]))
  return chosen.map((section) => section.flatMap((id) => byId.get(id) ?? []))
}
