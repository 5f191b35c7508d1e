import 'server-only'

import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'

import { CACHE_TAGS } from '@/constants/cacheTags'

import { findReportCards, findSections, PAGE_SIZE, type ReportCard, type ReportPage, type SectionFilter } from './findReportCards'
import { publicPayload } from './publicPayload'

export { PAGE_SIZE, type ReportCard, type ReportPage, type SectionFilter }

const OPTIONS = { tags: [CACHE_TAGS.reports, CACHE_TAGS.taxonomy], revalidate: 3600 }

/** Published reports as an anonymous reader lists them (see findReportCards), cached. Tags: reports, taxonomy. */
export const listReports = ({ where = {}, page = 1, limit = PAGE_SIZE, count = true }: { where?: Where; page?: number; limit?: number; count?: boolean }): Promise<ReportPage> =>
  unstable_cache(async () => findReportCards(await publicPayload(), { where, page, limit, count }), ['reports', JSON.stringify(where), String(page), String(limit), String(count)], OPTIONS)()

/**
 * The related reports under a report (its unit's newest but itself), cached under their own tag (see
 * CACHE_TAGS.related), uncounted. Tags: related, taxonomy.
 */
export const listRelatedReports = (where: Where, limit: number): Promise<ReportPage> =>
  unstable_cache(async () => findReportCards(await publicPayload(), { where, page: 1, limit, count: false }), ['related-reports', JSON.stringify(where), String(limit)], {
    tags: [CACHE_TAGS.related, CACHE_TAGS.taxonomy],
    revalidate: 3600,
  })()

/** The newest reports of each home page section (see findSections), cached. Tags: reports, taxonomy. */
export const listSections = (sections: SectionFilter[], perSection: number): Promise<ReportCard[][]> =>
  unstable_cache(async () => findSections(await publicPayload(), sections, perSection), ['report-sections', JSON.stringify(sections), String(perSection)], OPTIONS)()
