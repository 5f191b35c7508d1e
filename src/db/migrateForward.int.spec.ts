import { sql as rawSql } from 'drizzle-orm'
import type { Migration } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'
import { migrate, startTestPayload, type TestPayload } from '@/testing/testPayload'

const sql = (process.env.TEST_DB || 'sqlite') !== 'mongodb'

describe.runIf(sql)(`migrating data forward on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload

  beforeAll(async () => {
    t = await startTestPayload({ migrate: false })
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('should carry reports written before the workflow into it: published stays public, drafts stay drafts', async () => {
    const [initial] = (t.db.kind === 'sqlite' ? sqliteMigrations : postgresMigrations) as unknown as Migration[]
    await t.payload.db.migrate({ migrations: [initial as Migration] })

    // Rows as the first release wrote them, straight into its tables.
    const statements = [
      `INSERT INTO "units" ("id", "name", "long_name", "slug", "level", "time_zone") VALUES (1, 'Polda Banten', 'Kepolisian Daerah Banten', 'polda-banten', 'regional', 'Asia/Jakarta')`,
      `INSERT INTO "reports" ("id", "title", "slug", "unit_id", "summary", "dateline_city", "activity_at", "_status", "published_at") VALUES (1, 'Rakor Lama Sudah Terbit', 'rakor-lama-sudah-terbit', 1, 'Ringkasan lama.', 'SERANG', '2026-05-01T02:00:00.000Z', 'published', '2026-05-01T04:00:00.000Z')`,
      `INSERT INTO "reports" ("id", "title", "slug", "unit_id", "summary", "dateline_city", "activity_at", "_status") VALUES (2, 'Draf Lama', 'draf-lama', 1, 'Ringkasan draf.', 'SERANG', '2026-05-02T02:00:00.000Z', 'draft')`,
      `INSERT INTO "_reports_v" ("parent_id", "version_title", "version_slug", "version_unit_id", "version__status", "version_published_at", "latest") VALUES (1, 'Rakor Lama Sudah Terbit', 'rakor-lama-sudah-terbit', 1, 'published', '2026-05-01T04:00:00.000Z', true)`,
      `INSERT INTO "_reports_v" ("parent_id", "version_title", "version_slug", "version_unit_id", "version__status", "latest") VALUES (2, 'Draf Lama', 'draf-lama', 1, 'draft', true)`,
    ]
    const drizzle = t.payload.db.drizzle as unknown as { run?: (q: unknown) => Promise<unknown>; execute?: (q: unknown) => Promise<unknown> }
    for (const statement of statements) {
      if (t.db.kind === 'sqlite') await drizzle.run?.(rawSql.raw(statement))
      else await drizzle.execute?.(rawSql.raw(statement))
    }

    await migrate(t.payload, t.db.kind)
    const { docs: publicDocs } = await t.payload.find({ collection: 'reports', overrideAccess: false, depth: 0 })
    expect(publicDocs.map((doc) => [doc.title, doc.state, doc.publishedAt, doc.revisedAt])).toEqual([
      ['Rakor Lama Sudah Terbit', 'published', '2026-05-01T04:00:00.000Z', '2026-05-01T04:00:00.000Z'],
    ])
    const draft = await t.payload.findByID({ collection: 'reports', id: 2, draft: true, depth: 0 })
    expect([draft.title, draft.state, draft._status]).toEqual(['Draf Lama', 'draft', 'draft'])
    const { docs: versions } = await t.payload.findVersions({ collection: 'reports', where: { parent: { equals: 1 } }, depth: 0 })
    expect(versions[0]?.version.state).toBe('published')
    const searchable = await t.payload.find({ collection: 'reports', where: { searchText: { like: 'ringkasan lama' } }, overrideAccess: false, depth: 0 })
    expect(searchable.docs.map((doc) => doc.id)).toEqual([1])
    expect(searchable.docs[0]?.searchText).toBe('Rakor Lama Sudah Terbit\nRingkasan lama.\nSERANG')
  })
})
