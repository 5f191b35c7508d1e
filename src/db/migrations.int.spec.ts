import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrate, startTestPayload, type TestPayload } from '@/testing/testPayload'

const sql = (process.env.TEST_DB || 'sqlite') !== 'mongodb'

describe.runIf(sql)(`migrations on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload

  beforeAll(async () => {
    t = await startTestPayload({ migrate: false })
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('should create the schema on an empty database and record every migration', async () => {
    await migrate(t.payload, t.db.kind)
    const { docs } = await t.payload.find({ collection: 'payload-migrations', limit: 0, pagination: false })
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc) => doc.batch === 1)).toBe(true)
    const unit = await t.payload.create({
      collection: 'units',
      data: { name: 'Divisi Humas Polri', longName: 'Divisi Humas Polri', level: 'national', timeZone: 'Asia/Jakarta' },
    })
    expect(unit.slug).toBe('divisi-humas-polri')
  })

  it('should re-run as a no-op that keeps the data', async () => {
    const before = await t.payload.find({ collection: 'payload-migrations', limit: 0, pagination: false })
    await migrate(t.payload, t.db.kind)
    const after = await t.payload.find({ collection: 'payload-migrations', limit: 0, pagination: false })
    expect(after.docs.map((doc) => doc.name).sort()).toEqual(before.docs.map((doc) => doc.name).sort())
    expect(after.docs.every((doc) => doc.batch === 1)).toBe(true)
    const { totalDocs } = await t.payload.count({ collection: 'units' })
    expect(totalDocs).toBe(1)
  })

  it('should have a committed migration for every change to the collections', async () => {
    // What `npm run migrate:create` compares: the schema the collections give now against the
    // snapshot of the newest migration. Any statement means a schema change without its migration.
    const adapter = t.payload.db as unknown as {
      migrationDir: string
      schema: unknown
      requireDrizzleKit: () => { generateDrizzleJson: (schema: unknown) => Promise<unknown>; generateMigration: (before: unknown, after: unknown) => Promise<string[]> }
    }
    const { generateDrizzleJson, generateMigration } = adapter.requireDrizzleKit()
    const latest = readdirSync(adapter.migrationDir).filter((file) => file.endsWith('.json')).sort().at(-1)!
    const before = JSON.parse(readFileSync(path.join(adapter.migrationDir, latest), 'utf8'))
    expect(await generateMigration(before, await generateDrizzleJson(adapter.schema))).toEqual([])
  })
})
