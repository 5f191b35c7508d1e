import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants/collections'

/**
 * Every slug under which /berita/{slug} answers something other than 404, as an anonymous reader sees
 * it: the current slug of every published report, its earlier slugs (301 to the current one), and the
 * slug of every withdrawn report (its notice). The production server answers any other plain slug with
 * the 404 document without a render (scripts/lib/http/reportSlugs.mjs). Reads every published report's
 * slugs, so it is made once per public change, not per request.
 */
export const findKnownReportSlugs = async (payload: Payload): Promise<Set<string>> => {
  const slugs = new Set<string>()
  const { docs: reports } = await payload.find({
    collection: COLLECTIONS.reports,
    select: { slug: true, previousSlugs: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  for (const report of reports) {
    if (report.slug) slugs.add(report.slug)
    for (const previous of report.previousSlugs ?? []) slugs.add(previous)
  }
  const { docs: withdrawals } = await payload.find({
    collection: COLLECTIONS.corrections,
    where: { kind: { equals: 'withdrawal' } },
    select: { reportSlug: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  for (const notice of withdrawals) if (notice.reportSlug) slugs.add(notice.reportSlug)
  return slugs
}
