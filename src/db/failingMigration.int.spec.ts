import type { Migration } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

const NAME = '20991231_000000_failing_probe'
const TAG = 'Tag dari migrasi yang gagal'

// ../shared/SECURITY.md F46: a migration that fails half-way leaves nothing behind and is not recorded.
describe.skipIf(process.env.TEST_DB === 'mongodb')(`a failing migration on ${process.env.TEST_DB || 'sqlite'} (F46)`, () => {
  let t: TestPayload
  const committed = () => ((t.db.kind === 'postgres' ? postgresMigrations : sqliteMigrations) as unknown as Migration[])
  const recorded = async () => (await t.payload.find({ collection: 'payload-migrations', limit: 0, depth: 0 })).docs.map((doc) => doc.name)
  const tagsNamed = async () => (await t.payload.count({ collection: 'tags', where: { name: { equals: TAG } } })).totalDocs

  beforeAll(async () => {
    t = await startTestPayload()
  })
  afterAll(async () => {
    vi.restoreAllMocks()
    await t?.destroy()
  })

  it('should roll back what it wrote, not record it, and let it run again once fixed', async () => {
    const before = await recorded()
    // Payload ends the process after a failed migration (as `npm run migrate` should); here that exit
    // becomes an error so the test can look at the database afterwards.
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`process.exit(${code})`)
    }) as never)
    type Up = (args: { payload: TestPayload['payload']; req: Parameters<TestPayload['payload']['create']>[0]['req'] }) => Promise<void>
    const failingUp: Up = async ({ payload, req }) => {
      await payload.create({ collection: 'tags', data: { name: TAG }, req })
      throw new Error('the probe migration fails after its first write')
    }
    const failing = { name: NAME, up: failingUp, down: async () => {} } as unknown as Migration
    await expect(t.payload.db.migrate({ migrations: [...committed(), failing] })).rejects.toThrow('process.exit(1)')
    expect(exit).toHaveBeenCalledWith(1)
    exit.mockRestore()

    expect(await tagsNamed()).toBe(0)
    expect(await recorded()).toEqual(before)

    // The committed ones again: nothing to do.
    await t.payload.db.migrate({ migrations: committed() })
    expect(await recorded()).toEqual(before)

    // Fixed, it runs and is recorded once.
    const fixedUp: Up = async ({ payload, req }) => void (await payload.create({ collection: 'tags', data: { name: TAG }, req }))
    const fixed = { name: NAME, up: fixedUp, down: async () => {} } as unknown as Migration
    await t.payload.db.migrate({ migrations: [...committed(), fixed] })
    expect(await tagsNamed()).toBe(1)
    expect((await recorded()).filter((name) => name === NAME)).toHaveLength(1)
  })
})
