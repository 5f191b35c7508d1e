import { createHash } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { idOf } from '@/access/unitTree'
import { COLLECTIONS } from '@/constants/collections'
import type { Taxonomy } from '@/feeds/affectedFeeds'
import { approvedSnapshot } from '@/media/approved'
import { photoIdsOf } from '@/media/visibility'
import { reportForChecks } from '@/intake/reportForChecks'
import { runChecks } from '@/intake/runChecks'
import type { Report } from '@/payload-types'

import { missingContent } from './content'
import { STATES, type BlockingCheck, type ReportFacts, type State } from './machine'

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

/** The id of the working copy's latest version. */
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

type PhotoFacts = { contributors: ID[]; fingerprint: string | null }

/**
 * The photos of the working copy as publishing it would approve them: whoever changed one since it
 * was last approved (they count as contributors of the report), and a fingerprint of their public
 * fields and files, so that an approval or a schedule covers the photos the editor saw.
 */
const photoFacts = async (req: PayloadRequest, working: Doc): Promise<PhotoFacts> => {
  const ids = photoIdsOf(working as Parameters<typeof photoIdsOf>[0])
  if (ids.length === 0) return { contributors: [], fingerprint: null }
  const { docs } = await req.payload.find({ collection: COLLECTIONS.media, where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, overrideAccess: true, req })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc as unknown as Record<string, unknown>]))
  const hash = createHash('sha256')
  for (const id of ids) {
    const { at: _at, ...fields } = approvedSnapshot(byId.get(String(id)) ?? {}, new Date(0))
    hash.update(`${id}:${JSON.stringify(fields)}\n`)
  }
  const contributors = docs.flatMap((doc) => (Array.isArray(doc.contributors) ? doc.contributors.map(idOf).filter((id): id is ID => id !== null) : []))
  return { contributors, fingerprint: hash.digest('hex').slice(0, 16) }
}

/**
 * The checks before submit that find an error in the working copy: only a submit reads them. None
 * depends on the day it is checked, nor on the speller (spelling gives warnings).
 */
export const blockingChecksOf = (working: Doc): BlockingCheck[] =>
  runChecks(reportForChecks(working as never), { now: new Date(), spell: null })
    .filter((check) => check.severity === 'error')
    .map(({ code, message, field, excerpt }) => ({ code, message, field, excerpt }))

/** The facts of a working copy, with its photos' contributors and fingerprint and the revision under review. */
export const loadFacts = async (req: PayloadRequest, working: Doc, live: boolean): Promise<ReportFacts> => {
  const facts = reportFacts(working, live)
  const photos = await photoFacts(req, working)
  const version = await latestRevision(req, working.id)
  return {
    ...facts,
    contributorIds: [...facts.contributorIds, ...photos.contributors],
    photos: photos.fingerprint,
    revision: version === null ? null : photos.fingerprint ? `${version}.${photos.fingerprint}` : String(version),
  }
}
