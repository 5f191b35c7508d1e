import type { PayloadRequest } from 'payload'

import { idOf } from '@/access/unitTree'
import { COLLECTIONS } from '@/constants/collections'
import type { Taxonomy } from '@/feeds/affectedFeeds'
import { photoIdsOf } from '@/media/visibility'
import type { Report } from '@/payload-types'

import { missingContent } from './content'
import { STATES, type ReportFacts, type State } from './machine'

type ID = number | string
type Doc = Record<string, unknown> & { id: ID }

export const stateOf = (doc: Record<string, unknown>): State => {
  const state = doc.state
  return (STATES as readonly unknown[]).includes(state) ? (state as State) : 'draft'
}

/**
 * The version the public sees now, or null: the main document, when it is published. The working
 * copy can be a pending revision (a draft version) while the main document stays live.
 */
export const publishedVersion = async (req: PayloadRequest, id: ID): Promise<Report | null> => {
  const main = (await req.payload.findByID({ collection: COLLECTIONS.reports, id, draft: false, depth: 0, overrideAccess: true, req, disableErrors: true })) as Report | null
  return main?._status === 'published' ? main : null
}

export const isLive = async (req: PayloadRequest, id: ID): Promise<boolean> => {
  const main = await req.payload.db.findOne<{ id: ID; _status?: string }>({ collection: COLLECTIONS.reports, where: { id: { equals: id } }, select: { _status: true }, req })
  return main?._status === 'published'
}

/** Where a version of a report is filed: what decides which feeds it appears in. */
export const taxonomyOf = (doc: Record<string, unknown>): Taxonomy => ({
  unit: idOf(doc.unit),
  activityType: idOf(doc.activityType),
  tags: Array.isArray(doc.tags) ? doc.tags.map(idOf).filter((id): id is ID => id !== null) : [],
})

/** What the state machine needs to know about a report's working copy. Pure. */
export const reportFacts = (doc: Doc, live: boolean): ReportFacts => ({
  state: stateOf(doc),
  live,
  everPublished: Boolean(doc.publishedAt),
  authorId: idOf(doc.author),
  submitterId: idOf(doc.submittedBy),
  contributorIds: Array.isArray(doc.contributors) ? doc.contributors.map(idOf).filter((id) => id !== null) : [],
  missing: missingContent(doc),
})

/** The id of the working copy's latest version: the revision a reviewer sees in the workflow panel. */
export const latestRevision = async (req: PayloadRequest, id: ID): Promise<ID | null> => {
  const { docs } = await req.payload.findVersions({
    collection: COLLECTIONS.reports,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]?.id ?? null
}

/**
 * Whoever changed a photo of the working copy since it was last approved: publishing the report
 * approves those changes too, so they count as contributors of the report.
 */
const photoContributors = async (req: PayloadRequest, working: Doc): Promise<ID[]> => {
  const photos = photoIdsOf(working as Parameters<typeof photoIdsOf>[0])
  if (photos.length === 0) return []
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.media,
    where: { id: { in: photos } },
    select: { contributors: true },
    depth: 0,
    limit: photos.length,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.flatMap((doc) => (Array.isArray(doc.contributors) ? doc.contributors.map(idOf).filter((id): id is ID => id !== null) : []))
}

/** The facts of a working copy, with its photos' contributors and its latest revision. */
export const loadFacts = async (req: PayloadRequest, working: Doc, live: boolean): Promise<ReportFacts> => {
  const facts = reportFacts(working, live)
  return {
    ...facts,
    contributorIds: [...facts.contributorIds, ...(await photoContributors(req, working))],
    revision: await latestRevision(req, working.id),
  }
}
