import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Report } from '@/payload-types'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

import { seedReports } from './data/reports'
import { draftData, seed, type SeedProgress } from './index'
import { drawPhoto } from './photo'

// A file of its own: the config reads DATABASE_URL once per module graph (src/testing/testPayload.ts).
describe(`an interrupted seed on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload

  beforeAll(async () => {
    t = await startTestPayload()
  })
  afterAll(async () => {
    await t?.destroy()
  })

  const idOf = async (collection: 'units' | 'users' | 'activity-types' | 'tags', field: string, value: string) => {
    const { docs } = await t.payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, depth: 0 })
    return docs[0]!.id
  }

  /** What a kill between creating a report and moving it on leaves: the report, a draft, with its photo. */
  const leaveDraft = async (key: string): Promise<void> => {
    const report = seedReports.find((r) => r.key === key)!
    const user = await t.payload.findByID({ collection: 'users', id: await idOf('users', 'email', report.author), depth: 0 })
    const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, t.payload)
    const data = await drawPhoto(report.key)
    const photo = await t.payload.create({ collection: 'media', data: report.photo, file: { data, mimetype: 'image/jpeg', name: `demo-${report.key}.jpg`, size: data.length }, overrideAccess: false, req })
    await t.payload.create({
      collection: 'reports',
      draft: true,
      overrideAccess: false,
      req,
      data: draftData(report, {
        unit: await idOf('units', 'slug', report.unit),
        activityType: await idOf('activity-types', 'slug', report.activityType),
        leadPhoto: photo.id,
        tags: await Promise.all(report.tags.map((tag) => idOf('tags', 'slug', tag))),
      }) as never,
    })
  }

  it('should finish the demo content when run again, reports left short of their state included', async () => {
    // The first run stops after two reports, as a killed `npm start` would.
    let reports = 0
    const interrupt = (step: SeedProgress) => {
      if (step.stage === 'reports' && ++reports === 2) throw new Error('interrupted')
    }
    await expect(seed(t.payload, { progress: interrupt })).rejects.toThrow('interrupted')
    const published = seedReports.slice(2).find((r) => r.status === 'published')!
    const sentBack = seedReports.find((r) => r.status === 'changes_requested')!
    await leaveDraft(published.key)
    await leaveDraft(sentBack.key)

    const steps: SeedProgress[] = []
    const created = await seed(t.payload, { progress: (step) => steps.push(step) })
    expect(created.reports).toBe(seedReports.length - 4)
    expect(steps.filter((s) => s.stage === 'reports').map((s) => s.done)).toEqual(seedReports.map((_, i) => i + 1))
    expect(steps.at(-1)).toEqual({ stage: 'reports', done: seedReports.length, total: seedReports.length })

    const { docs } = await t.payload.find({ collection: 'reports', draft: true, limit: 0, depth: 0 })
    expect(docs).toHaveLength(seedReports.length)
    const byTitle = new Map(docs.map((doc) => [doc.title, doc as Report]))
    for (const seeded of seedReports) expect(byTitle.get(seeded.title)?.state, seeded.key).toBe(seeded.status)
    const { totalDocs: photos } = await t.payload.count({ collection: 'media' })
    expect(photos).toBe(seedReports.length)
  })
})
