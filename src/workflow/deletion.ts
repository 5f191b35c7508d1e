import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'

import { CACHE_TAGS } from '@/constants/cacheTags'
import { COLLECTIONS } from '@/constants/collections'
import { afterCommit } from '@/db/afterCommit'
import type { Report } from '@/payload-types'

import { userName } from './people'
import { announcePublicChange, queueFeedPings } from './publicChange'
import { updatePublicSide } from './publicSide'
import { recordEvent } from './records'
import { publishedVersion, stateOf, taxonomyOf } from './reportFacts'

const key = (id: number | string) => `wartaDeleting:${id}`

/**
 * Before an admin's delete, in its transaction: notes the version the public sees now (for the hook
 * after it) and removes the report's public notices, while they still point to it. Notices are
 * written by the workflow only; removing a deleted report's notices is the workflow's too.
 */
export const prepareDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // Read first, then stored: a nested Local API call may give `req.context` a new object meanwhile.
  const published = await publishedVersion(req, id)
  req.context[key(id)] = published
  await req.payload.delete({ collection: COLLECTIONS.corrections, where: { report: { equals: id } }, overrideAccess: true, req })
}

/**
 * A deleted report leaves the public side as a withdrawn one does, through the same steps (photos and
 * tags it alone made public stop being public, feeds are pinged, caches expire after the commit), but
 * it leaves no notice: its corrections and withdrawal notice go with it, and its URL answers 404. The
 * audit trail keeps a `delete` event (the report itself no longer exists to point to).
 */
export const takeDownDeleted: CollectionAfterDeleteHook = async ({ doc, id, req }) => {
  const published = (req.context[key(id)] as Report | null | undefined) ?? null
  delete req.context[key(id)]
  const report = doc as Report
  const now = new Date()
  const expire = published ? await updatePublicSide(req, { before: published, after: null, now }) : { pages: [], tags: [] }
  await recordEvent({
    req,
    report: { id: null, title: report.title, unit: report.unit },
    action: 'delete',
    from: stateOf(report as never),
    to: null,
    actorId: req.user?.id ?? null,
    actorName: await userName(req, req.user?.id ?? null),
    now,
  })
  if (published) await queueFeedPings(req, [taxonomyOf(published as never)])
  const slugs = [report.slug, published?.slug, ...(report.previousSlugs ?? []), ...(published?.previousSlugs ?? []), ...expire.pages]
  await afterCommit(req, () => announcePublicChange(req, slugs, [...expire.tags, ...(published ? [CACHE_TAGS.related] : [])]))
  return doc
}
