import type { PayloadRequest } from 'payload'

import { idOf } from '@/access/unitTree'
import { COLLECTIONS } from '@/constants/collections'

import type { Taxonomy } from '@/feeds/affectedFeeds'
import { mediaIdsOf } from '@/media/visibility'

import { missingContent } from './content'
import { STATES, type ReportFacts, type State } from './machine'

type Doc = Record<string, unknown> & { id: number | string }

export const stateOf = (doc: Record<string, unknown>): State => {
  const state = doc.state
  return (STATES as readonly unknown[]).includes(state) ? (state as State) : 'draft'
}

/**
 * Whether the public sees this report now: its main document is published. The working copy can be a
 * pending revision (a draft version) while the main document stays live.
 */
export const publicVersion = async (
  req: PayloadRequest,
  id: number | string,
): Promise<{ live: boolean; slug: string | null; mediaIds: (number | string)[]; taxonomy: Taxonomy | null }> => {
  const main = await req.payload.db.findOne<{ id: number | string; _status?: string; slug?: string | null; leadPhoto?: unknown; gallery?: unknown } & Record<string, unknown>>({
    collection: COLLECTIONS.reports,
    where: { id: { equals: id } },
    select: { _status: true, slug: true, leadPhoto: true, gallery: true, unit: true, activityType: true, tags: true },
    req,
  })
  const live = main?._status === 'published'
  return {
    live,
    slug: live ? (main?.slug ?? null) : null,
    mediaIds: live ? mediaIdsOf(main) : [],
    taxonomy: live && main ? taxonomyOf(main) : null,
  }
}

/** Where a version of a report is filed: what decides which feeds it appears in. */
export const taxonomyOf = (doc: Record<string, unknown>): Taxonomy => ({
  unit: idOf(doc.unit),
  activityType: idOf(doc.activityType),
  tags: Array.isArray(doc.tags) ? doc.tags.map(idOf).filter((id): id is number | string => id !== null) : [],
})

export const isLive = async (req: PayloadRequest, id: number | string): Promise<boolean> => (await publicVersion(req, id)).live

/** What the state machine needs to know about a report's working copy. */
export const reportFacts = (doc: Doc, live: boolean): ReportFacts => ({
  state: stateOf(doc),
  live,
  everPublished: Boolean(doc.publishedAt),
  authorId: idOf(doc.author),
  submitterId: idOf(doc.submittedBy),
  contributorIds: Array.isArray(doc.contributors) ? doc.contributors.map(idOf).filter((id) => id !== null) : [],
  missing: missingContent(doc),
})
