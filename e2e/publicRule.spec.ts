import { expect, test, type APIRequestContext } from '@playwright/test'
import fc from 'fast-check'

import { Baseline, modelCommands } from '../src/testing/model/commands'
import type { Model } from '../src/testing/model/state'
import type { Real } from '../src/testing/model/system'

import { httpClient, verifyOverHttp } from './support/modelOverHttp'
import { DEMO_PASSWORD, login } from './support/newsroomApi'

type Doc = { id: number; slug?: string; email?: string; role?: string; unit?: number | null; parent?: number | null; name?: string }

/** The demo newsroom as the model knows it: units and activity types by slug, accounts by e-mail. */
const modelOfServer = async (api: APIRequestContext, adminToken: string): Promise<Model> => {
  const list = async (collection: string) => {
    const response = await api.get(`/api/${collection}?pagination=false&depth=0`, { headers: { Authorization: `JWT ${adminToken}` } })
    expect(response.status(), collection).toBe(200)
    return ((await response.json()) as { docs: Doc[] }).docs
  }
  const units = await list('units')
  const slugOf = (id: number | null | undefined) => units.find((u) => u.id === id)?.slug ?? null
  return {
    users: (await list('users')).map((u) => ({ key: u.email!, id: u.id, role: u.role as never, unit: slugOf(u.unit)!, deleted: false })),
    units: units.map((u) => ({ key: u.slug!, id: u.id, name: u.name!, slug: u.slug!, parent: slugOf(u.parent), deleted: false })),
    types: (await list('activity-types')).map((t) => ({ key: t.slug!, id: t.id, name: t.name!, deleted: false })),
    tags: [],
    photos: [],
    reports: [],
    notices: [],
    clockOffsetMs: 0,
    // Tokens of a run of their own: nothing the demo content or an earlier run wrote can match them.
    nextToken: Math.floor(Math.random() * 50_000_000),
    written: new Set(),
  }
}

/**
 * "Only approved versions are public", checked from outside: a shorter run of the model-based test
 * (src/workflow/publicRule.int.spec.ts) against the production server, its caches and its job
 * runner, acting through the REST API and reading the rendered pages, feeds, sitemaps and photo URLs
 * themselves, anonymously and as a signed-in editor's browser.
 */
test('should show exactly the approved version of each report on the rendered site, its feeds and photos, whatever the newsroom does', async ({ playwright, baseURL }) => {
  test.setTimeout(20 * 60_000)
  const runs = Number(process.env.E2E_MODEL_RUNS || 3)
  const seed = process.env.MODEL_SEED ? Number(process.env.MODEL_SEED) : Date.now() % 2 ** 31
  const api = await playwright.request.newContext({ baseURL })
  const anonymous = await playwright.request.newContext({ baseURL })
  const adminToken = await login(api, 'admin@warta.test')
  const base = await modelOfServer(api, adminToken)
  const tokens: Record<string, string> = {}
  for (const user of base.users) {
    const response = await api.post('/api/users/login', { data: { email: user.key, password: DEMO_PASSWORD } })
    tokens[user.key] = ((await response.json()) as { token: string }).token
  }
  const asEditor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { cookie: `payload-token=${tokens['editor.sumsel@warta.test']}` } })
  process.stdout.write(`model test over HTTP: seed ${seed}, ${runs} sequences\n`)

  await fc.assert(
    fc.asyncProperty(fc.commands(modelCommands({ shared: true }), { maxCommands: 12, size: 'max' }), async (cmds) => {
      const model: Model = { ...structuredClone({ ...base, written: [] as never }), written: new Set(), nextToken: Math.floor(Math.random() * 50_000_000) }
      const real: Real = { client: httpClient(api), tokens, runDue: null, verify: verifyOverHttp(anonymous, asEditor), log: [] }
      try {
        await fc.asyncModelRun(() => ({ model, real }), [new Baseline({ writer: 'penulis.palembang@warta.test', editor: 'editor.sumsel@warta.test', unit: 'polrestabes-palembang' }), ...cmds])
      } finally {
        // Each run leaves nothing public behind for the next: its reports go (their photos and tags with them).
        for (const report of model.reports.filter((r) => !r.deleted)) await api.delete(`/api/reports/${report.id}`, { headers: { Authorization: `JWT ${tokens['admin@warta.test']}` } })
      }
    }),
    { numRuns: runs, seed, verbose: 1 },
  )
})
