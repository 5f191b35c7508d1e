import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { CACHE_TAGS, reportSlugTag } from '@/constants/cacheTags'

import { revalidatePublic } from './revalidate'

/** A unit, activity type or tag changed: every page shows their names, so every list and page is stale. */
export const revalidateTaxonomy: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!req.context.disableRevalidate) await revalidatePublic(req.payload, [CACHE_TAGS.taxonomy, CACHE_TAGS.reports])
  return doc
}

/** An admin deleted a report: its page and every list it was in. */
export const revalidateDeletedReport: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (req.context.disableRevalidate) return doc
  const slugs = [doc.slug, ...(Array.isArray(doc.previousSlugs) ? doc.previousSlugs : [])].filter((s): s is string => typeof s === 'string')
  await revalidatePublic(req.payload, [CACHE_TAGS.reports, CACHE_TAGS.corrections, ...slugs.map(reportSlugTag)])
  return doc
}
