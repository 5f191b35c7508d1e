import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { createLocalReq } from 'payload'

import { loadUnitTree } from '@/access/unitTree'
import { COLLECTIONS } from '@/constants/collections'
import type { Report, User } from '@/payload-types'
import { performAction } from '@/workflow/performAction'
import { relationOf } from '@/workflow/relation'

import { seedReports, type SeedReport } from './data/reports'
import { seedActivityTypes, seedTags } from './data/taxonomy'
import { seedUnits } from './data/units'
import { DEFAULT_SEED_PASSWORD, seedUsers } from './data/users'
import { toLexical } from './lexical'
import { drawPhoto } from './photo'

export type SeedCounts = Record<'activityTypes' | 'media' | 'reports' | 'tags' | 'units' | 'users', number>
type ID = number | string

/** Where the seed is: `done` of `total` items of one kind, each either found or created. */
export type SeedProgress = { stage: 'units' | 'activityTypes' | 'tags' | 'users' | 'reports'; done: number; total: number }

// Reference data is a system task: created without a user, with access overridden, and no Next cache
// to revalidate. Reports are different: they are written and moved through the workflow by the demo
// accounts themselves, so the seed exercises the same rules as the admin and leaves a real audit trail.
const CONTEXT = { disableRevalidate: true, seeding: true }

const HOUR = 60 * 60 * 1000

const findId = async (req: PayloadRequest, collection: CollectionSlug, where: Where): Promise<ID | undefined> => {
  const { docs } = await req.payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true, req, pagination: false })
  return docs[0]?.id
}

/**
 * Creates whatever of the demo content is missing: the unit tree, taxonomy, accounts, and the demo
 * reports with their photos. Existing records are left as they are, so running it twice adds nothing;
 * a report an interrupted run left short of its demo state (a draft not yet submitted) is walked on
 * from where it stands, so running it again after an interruption finishes the job.
 */
export const seed = async (
  payload: Payload,
  { password = process.env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD, progress = () => {} }: { password?: string; progress?: (step: SeedProgress) => void } = {},
): Promise<SeedCounts> => {
  const req = await createLocalReq({ context: CONTEXT }, payload)
  const created: SeedCounts = { activityTypes: 0, media: 0, reports: 0, tags: 0, units: 0, users: 0 }
  const ensure = async (
    collection: CollectionSlug,
    counter: keyof SeedCounts,
    where: Where,
    make: () => Promise<Record<string, unknown>>,
  ): Promise<ID> => {
    const existing = await findId(req, collection, where)
    if (existing !== undefined) return existing
    const doc = await req.payload.create({ collection, data: (await make()) as never, overrideAccess: true, req, context: CONTEXT })
    created[counter]++
    return doc.id
  }

  const units = new Map<string, ID>()
  for (const [i, unit] of seedUnits.entries()) {
    const parent = unit.parent ? units.get(unit.parent) : undefined
    units.set(unit.slug, await ensure(COLLECTIONS.units, 'units', { slug: { equals: unit.slug } }, async () => ({ ...unit, parent })))
    progress({ stage: 'units', done: i + 1, total: seedUnits.length })
  }
  const activityTypes = new Map<string, ID>()
  for (const [i, term] of seedActivityTypes.entries()) {
    activityTypes.set(term.slug, await ensure(COLLECTIONS.activityTypes, 'activityTypes', { slug: { equals: term.slug } }, async () => ({ ...term })))
    progress({ stage: 'activityTypes', done: i + 1, total: seedActivityTypes.length })
  }
  const tags = new Map<string, ID>()
  for (const [i, term] of seedTags.entries()) {
    tags.set(term.slug, await ensure(COLLECTIONS.tags, 'tags', { slug: { equals: term.slug } }, async () => ({ ...term })))
    progress({ stage: 'tags', done: i + 1, total: seedTags.length })
  }
  const users = new Map<string, ID>()
  for (const [i, user] of seedUsers.entries()) {
    users.set(user.email, await ensure(COLLECTIONS.users, 'users', { email: { equals: user.email } }, async () => ({ ...user, password, unit: units.get(user.unit) })))
    progress({ stage: 'users', done: i + 1, total: seedUsers.length })
  }

  const lookup = (map: Map<string, ID>, key: string, what: string): ID => {
    const id = map.get(key)
    if (id === undefined) throw new Error(`Seed report refers to unknown ${what} "${key}"`)
    return id
  }
  const actingAs = async (email: string): Promise<PayloadRequest> => {
    const user = (await payload.findByID({ collection: COLLECTIONS.users, id: lookup(users, email, 'user'), depth: 0, overrideAccess: true })) as User
    return createLocalReq({ user: { ...user, collection: COLLECTIONS.users } as never, context: { ...CONTEXT } }, payload)
  }

  for (const [i, report] of seedReports.entries()) {
    const unit = lookup(units, report.unit, 'unit')
    const reviewer = async () => actingAs(await reviewerFor(req, report, users))
    const existing = await findReport(req, { and: [{ title: { equals: report.title } }, { unit: { equals: unit } }] })
    if (existing) {
      await walkWorkflow(report, existing, { author: () => actingAs(report.author), reviewer })
      progress({ stage: 'reports', done: i + 1, total: seedReports.length })
      continue
    }
    const author = await actingAs(report.author)
    const leadPhoto = await ensurePhoto(author, report, created)
    const draft = (await payload.create({
      collection: COLLECTIONS.reports,
      draft: true,
      overrideAccess: false,
      req: author,
      // Ids are numbers on SQL and strings on MongoDB; the generated types know only the former.
      data: draftData(report, {
        unit,
        activityType: lookup(activityTypes, report.activityType, 'activity type'),
        leadPhoto,
        tags: report.tags.map((tag) => lookup(tags, tag, 'tag')),
      }) as never,
    })) as Report
    created.reports++
    await walkWorkflow(report, draft, { author: async () => author, reviewer })
    progress({ stage: 'reports', done: i + 1, total: seedReports.length })
  }
  return created
}

/** A demo report's fields as its author saves the first draft, with the ids of what it refers to. */
export const draftData = (report: SeedReport, ids: { unit: ID; activityType: ID; leadPhoto: ID; tags: ID[] }) => ({
  title: report.title,
  unit: ids.unit,
  activityType: ids.activityType,
  activityAt: new Date(report.activityAt).toISOString(),
  venue: report.venue,
  datelineCity: report.datelineCity,
  officials: report.officials,
  summary: report.summary,
  body: toLexical(report.body),
  leadPhoto: ids.leadPhoto,
  tags: ids.tags,
})

const findReport = async (req: PayloadRequest, where: Where): Promise<Report | undefined> => {
  const { docs } = await req.payload.find({ collection: COLLECTIONS.reports, where, draft: true, limit: 1, depth: 0, overrideAccess: true, req, pagination: false })
  return docs[0] as Report | undefined
}

/**
 * Moves a report from where it stands (a fresh draft, or one an interrupted run left in review) to its
 * demo state, as its author and its reviewer would have. A report already past that point, or moved
 * elsewhere by someone since, is left alone.
 */
const walkWorkflow = async (
  report: SeedReport,
  doc: Pick<Report, 'id' | 'state'>,
  { author, reviewer }: { author: () => Promise<PayloadRequest>; reviewer: () => Promise<PayloadRequest> },
): Promise<void> => {
  const activity = Date.parse(report.activityAt)
  const id = doc.id
  let state = doc.state
  if (state === 'draft' && report.status !== 'draft') {
    await performAction({ req: await author(), id, action: 'submit', now: new Date(activity + HOUR) })
    state = 'in_review'
  }
  if (state !== 'in_review') return
  if (report.status === 'published') {
    await performAction({ req: await reviewer(), id, action: 'publish', now: new Date(activity + 2 * HOUR) })
  }
  if (report.status === 'changes_requested') {
    await performAction({ req: await reviewer(), id, action: 'request_changes', input: { note: report.reviewNote }, now: new Date(activity + 3 * HOUR) })
  }
}

/**
 * The demo reviewer: the editor the report's closing line names ("Editor: ..."), when that editor may
 * approve it; otherwise the national HQ editor; for HQ's own editor's reports, the administrator.
 */
const reviewerFor = async (req: PayloadRequest, report: SeedReport, users: Map<string, ID>): Promise<string> => {
  const named = JSON.stringify(report.body).match(/Editor: ([^)"]+)\)/)?.[1]
  const tree = await loadUnitTree(req)
  const unitId = await findId(req, COLLECTIONS.units, { slug: { equals: report.unit } })
  const candidates = [
    ...seedUsers.filter((user) => user.role === 'editor' && user.name === named),
    ...seedUsers.filter((user) => user.email === 'editor.mabes@warta.test'),
    ...seedUsers.filter((user) => user.role === 'admin'),
  ]
  for (const candidate of candidates) {
    if (candidate.email === report.author || !users.has(candidate.email)) continue
    if (candidate.role === 'admin') return candidate.email
    const editorUnit = await findId(req, COLLECTIONS.units, { slug: { equals: candidate.unit } })
    const relation = relationOf(tree, editorUnit, unitId)
    if (relation === 'own' || relation === 'below') return candidate.email
  }
  throw new Error(`No demo reviewer may approve "${report.title}"`)
}

const ensurePhoto = async (author: PayloadRequest, report: SeedReport, created: SeedCounts): Promise<ID> => {
  const filename = `demo-${report.key}.jpg`
  const existing = await findId(author, COLLECTIONS.media, { filename: { equals: filename } })
  if (existing !== undefined) return existing
  const data = await drawPhoto(report.key)
  const doc = await author.payload.create({
    collection: COLLECTIONS.media,
    data: report.photo,
    file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
    overrideAccess: false,
    req: author,
  })
  created.media++
  return doc.id
}
