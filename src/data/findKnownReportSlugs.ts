import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants/collections'

import { findActivityTypes, findTags, findUnits } from './findTaxonomy'

/**
 * Every slug under which /berita/{slug} answers something other than 404, as an anonymous reader sees
 * it: the current slug of every published report, its earlier slugs (301 to the current one), and the
 * slug of every withdrawn report (its notice). The production server answers any other plain slug with
 * the 404 document without a render (src/server/reportSlugs.mjs). Reads every published report's
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

/**
 * The slugs the section pages know, by their path's first segment (/unit/{slug}, /kategori/{slug},
 * /tag/{slug} and everything under them): the same reads those pages make, so any other slug is their
 * 404 too, answered by the production server without a render.
 */
export const findKnownSectionSlugs = async (payload: Payload): Promise<Record<'unit' | 'kategori' | 'tag', Set<string>>> => {
  const [units, types, tags] = await Promise.all([findUnits(payload), findActivityTypes(payload), findTags(payload)])
  const slugsOf = (terms: { slug?: string | null }[]) => new Set(terms.flatMap((term) => (term.slug ? [term.slug] : [])))
  return { unit: slugsOf(units), kategori: slugsOf(types), tag: slugsOf(tags) }
}
