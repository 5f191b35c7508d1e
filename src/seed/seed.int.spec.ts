import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload, type TestPayload } from '@/testing/testPayload'

import { seedReports } from './data/reports'
import { seedActivityTypes, seedTags } from './data/taxonomy'
import { seedUnits } from './data/units'
import { DEFAULT_SEED_PASSWORD, seedUsers } from './data/users'
import { seed } from './index'

describe(`seed on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload

  beforeAll(async () => {
    t = await startTestPayload()
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('should create the demo tree, accounts, taxonomy and reports with photos on an empty database', async () => {
    const created = await seed(t.payload)
    expect(created).toEqual({
      units: seedUnits.length,
      users: seedUsers.length,
      activityTypes: seedActivityTypes.length,
      tags: seedTags.length,
      reports: seedReports.length,
      media: seedReports.length,
    })
    const published = seedReports.filter((report) => report.status === 'published').length
    // What an anonymous reader gets: published reports only.
    const { totalDocs } = await t.payload.count({ collection: 'reports', overrideAccess: false })
    expect(totalDocs).toBe(published)
    expect(published).toBeGreaterThan(0)
    expect(published).toBeLessThan(seedReports.length)
  })

  it('should add nothing when run a second time', async () => {
    const created = await seed(t.payload)
    expect(Object.values(created).every((n) => n === 0)).toBe(true)
    for (const [collection, expected] of [
      ['reports', seedReports.length],
      ['media', seedReports.length],
      ['units', seedUnits.length],
      ['users', seedUsers.length],
    ] as const) {
      const { totalDocs } = await t.payload.count({ collection })
      expect(totalDocs, collection).toBe(expected)
    }
  })

  it('should let every demo account log in with the demo password', async () => {
    for (const user of seedUsers) {
      const result = await t.payload.login({ collection: 'users', data: { email: user.email, password: DEFAULT_SEED_PASSWORD } })
      expect(result.user?.email).toBe(user.email)
      expect(result.user?.role).toBe(user.role)
    }
  })

  it('should place every regional unit under HQ and keep the three time zones', async () => {
    const { docs } = await t.payload.find({ collection: 'units', where: { level: { equals: 'regional' } }, depth: 1, limit: 0 })
    expect(docs.length).toBeGreaterThanOrEqual(3)
    expect(new Set(docs.map((unit) => unit.timeZone))).toEqual(new Set(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']))
    for (const unit of docs) expect(typeof unit.parent === 'object' && unit.parent?.level).toBe('national')
  })

  it('should have walked every report through the workflow as its author and a different reviewer', async () => {
    const { docs } = await t.payload.find({ collection: 'reports', draft: true, limit: 0, depth: 0 })
    const byTitle = new Map(docs.map((doc) => [doc.title, doc]))
    for (const seeded of seedReports) {
      const doc = byTitle.get(seeded.title)
      expect(doc?.state, seeded.key).toBe(seeded.status)
      const { docs: events } = await t.payload.find({ collection: 'workflow-events', where: { report: { equals: doc?.id } }, sort: 'at', depth: 0 })
      const expected = { draft: [], in_review: ['submit'], changes_requested: ['submit', 'request_changes'], published: ['submit', 'publish'] }[seeded.status]
      expect(events.map((e) => e.action), seeded.key).toEqual(expected)
      if (seeded.status === 'published') {
        expect(String(doc?.publishedBy), seeded.key).not.toBe(String(doc?.author))
        expect(doc?.publishedAt).toBe(new Date(Date.parse(seeded.activityAt) + 2 * 60 * 60 * 1000).toISOString())
      }
      if (seeded.status === 'changes_requested') expect(doc?.reviewNote).toBe(seeded.reviewNote)
    }
  })

  it('should give every report a unique readable slug and a lead photo file', async () => {
    const { docs } = await t.payload.find({ collection: 'reports', draft: true, limit: 0, depth: 1 })
    const slugs = docs.map((doc) => doc.slug)
    expect(new Set(slugs).size).toBe(docs.length)
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    for (const doc of docs) {
      const photo = doc.leadPhoto
      expect(typeof photo === 'object' && photo?.mimeType).toBe('image/jpeg')
      expect(typeof photo === 'object' && photo?.width).toBe(1600)
    }
  })
})
