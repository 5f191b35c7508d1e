import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import { createLocalReq } from 'payload'

import { COLLECTIONS } from '@/constants/collections'

import { seedReports, type SeedReport } from './data/reports'
import { seedActivityTypes, seedTags } from './data/taxonomy'
import { seedUnits } from './data/units'
import { DEFAULT_SEED_PASSWORD, seedUsers } from './data/users'
import { toLexical } from './lexical'
import { drawPhoto } from './photo'

export type SeedCounts = Record<'activityTypes' | 'media' | 'reports' | 'tags' | 'units' | 'users', number>
type ID = number | string

// Seeding is a system task: it runs without a user, with access overridden, and must not try to
// revalidate Next caches (there is no Next request around it).
const CONTEXT = { disableRevalidate: true, seeding: true }

const PUBLISH_DELAY_MS = 2 * 60 * 60 * 1000

const findId = async (req: PayloadRequest, collection: CollectionSlug, where: Where): Promise<ID | undefined> => {
  const { docs } = await req.payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true, req, pagination: false })
  return docs[0]?.id
}

/**
 * Creates whatever of the demo content is missing: the unit tree, taxonomy, accounts, and the demo
 * reports with their photos. Existing records are left as they are, so running it twice adds nothing.
 */
export const seed = async (
  payload: Payload,
  { password = process.env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD }: { password?: string } = {},
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
  for (const unit of seedUnits) {
    const parent = unit.parent ? units.get(unit.parent) : undefined
    units.set(unit.slug, await ensure(COLLECTIONS.units, 'units', { slug: { equals: unit.slug } }, async () => ({ ...unit, parent })))
  }
  const activityTypes = new Map<string, ID>()
  for (const term of seedActivityTypes) {
    activityTypes.set(term.slug, await ensure(COLLECTIONS.activityTypes, 'activityTypes', { slug: { equals: term.slug } }, async () => ({ ...term })))
  }
  const tags = new Map<string, ID>()
  for (const term of seedTags) {
    tags.set(term.slug, await ensure(COLLECTIONS.tags, 'tags', { slug: { equals: term.slug } }, async () => ({ ...term })))
  }
  const users = new Map<string, ID>()
  for (const user of seedUsers) {
    users.set(user.email, await ensure(COLLECTIONS.users, 'users', { email: { equals: user.email } }, async () => ({ ...user, password, unit: units.get(user.unit) })))
  }

  const lookup = (map: Map<string, ID>, key: string, what: string): ID => {
    const id = map.get(key)
    if (id === undefined) throw new Error(`Seed report refers to unknown ${what} "${key}"`)
    return id
  }

  for (const report of seedReports) {
    const unit = lookup(units, report.unit, 'unit')
    const existing = await findId(req, COLLECTIONS.reports, { and: [{ title: { equals: report.title } }, { unit: { equals: unit } }] })
    if (existing !== undefined) continue
    const leadPhoto = await ensurePhoto(req, report, created)
    const published = report.status === 'published'
    await req.payload.create({
      collection: COLLECTIONS.reports,
      draft: !published,
      overrideAccess: true,
      req,
      context: CONTEXT,
      // Ids are numbers on SQL and strings on MongoDB; the generated types know only the former.
      data: {
        title: report.title,
        unit,
        activityType: lookup(activityTypes, report.activityType, 'activity type'),
        activityAt: new Date(report.activityAt).toISOString(),
        venue: report.venue,
        datelineCity: report.datelineCity,
        officials: report.officials,
        summary: report.summary,
        body: toLexical(report.body),
        leadPhoto,
        tags: report.tags.map((tag) => lookup(tags, tag, 'tag')),
        author: lookup(users, report.author, 'author'),
        _status: published ? 'published' : 'draft',
        publishedAt: published ? new Date(Date.parse(report.activityAt) + PUBLISH_DELAY_MS).toISOString() : undefined,
      } as never,
    })
    created.reports++
  }
  return created
}

const ensurePhoto = async (req: PayloadRequest, report: SeedReport, created: SeedCounts): Promise<ID> => {
  const filename = `demo-${report.key}.jpg`
  const existing = await findId(req, COLLECTIONS.media, { filename: { equals: filename } })
  if (existing !== undefined) return existing
  const data = await drawPhoto(report.key)
  const doc = await req.payload.create({
    collection: COLLECTIONS.media,
    data: report.photo,
    file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
    overrideAccess: true,
    req,
    context: CONTEXT,
  })
  created.media++
  return doc.id
}
