import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { CACHE_TAGS } from '@/constants/cacheTags'
import { afterCommit } from '@/db/afterCommit'
import { isWorkflowWrite } from '@/workflow/context'

import { revalidatePublic } from './revalidate'

/**
 * A unit, activity type or tag changed: every page shows their names, so every list and page is stale
 * once the change is committed. (A tag's visibility is changed by the workflow, which expires the
 * caches itself after its own commit.)
 */
export const revalidateTaxonomy: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (req.context.disableRevalidate || isWorkflowWrite(req)) return doc
  await afterCommit(req, () => revalidatePublic(req.payload, [CACHE_TAGS.taxonomy, CACHE_TAGS.reports]))
  return doc
}
