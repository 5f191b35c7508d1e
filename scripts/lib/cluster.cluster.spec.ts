/**
 * The scaled topology as an operator starts it (`npm run cluster`: PostgreSQL, Redis, Varnish with xkey,
 * two web processes and one worker, from Debian's packages), tested from outside over HTTP:
 * - a publication made through web process A is visible through Varnish and directly on B within 1 s;
 *   a withdrawal is gone from Varnish, A and B within 1 s, on every public surface (the canary check);
 * - as a property (fast-check): after any sequence of publications and withdrawals through either
 *   process, every cache (Varnish, A, B) shows each report as the last change left it;
 * - a scheduled report goes live exactly once, with one event and one notification (a real SMTP server);
 * - the 11th failed login from one address within a minute is refused whichever process it reaches;
 * - `kill -9` of one web process under reader load: no failed reader request through Varnish, and
 *   publishing continues through the other.
 * Skipped, saying so, when Debian's varnish, varnish-modules, redis-server or postgresql are missing
 * (.ci/run installs them).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEFAULT_SEED_PASSWORD } from '@/seed/data/users'
import { startSmtp } from '@/testing/smtpServer'

import { missingPrograms } from './cluster'
import { act, createReport, idBy, login, rakorReport } from './restApi'

const missing = missingPrograms()
if (missing.length > 0) process.stderr.write(`cluster tests skipped: Debian's ${missing.join(', ')} not installed (.ci/run installs them)\n`)

/** The public origin: the browser tests' (scripts/test.ts builds the app for it), so no second build is made. */
const PORT = Number(process.env.CLUSTER_TEST_PORT || process.env.E2E_PORT || 3210)
const PORTS = { varnish: PORT, apps: [PORT + 1, PORT + 2], worker: PORT + 9, redis: 6391, postgres: 5441 }
const VARNISH = `http://127.0.0.1:${PORTS.varnish}`
const A = `http://127.0.0.1:${PORTS.apps[0]}`
const B = `http://127.0.0.1:${PORTS.apps[1]}`
const PASSWORD = process.env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const text = async (url: string, init?: RequestInit): Promise<{ status: number; body: string; headers: Headers }> => {
  const response = await fetch(url, { redirect: 'manual', ...init })
  return { status: response.status, body: await response.text(), headers: response.headers }
}

/**
 * Polls `check` every 20 ms until it holds (returns true); how long after the start the check that
 * held was begun (every request it made from then on was answered so), or a failure naming what
 * `check` last said was not so (a string) once `giveUpMs` have passed.
 */
const within = async (giveUpMs: number, what: string, check: () => Promise<true | string>): Promise<number> => {
  const started = performance.now()
  for (;;) {
    const asked = performance.now()
    const result = await check()
    if (result === true) return asked - started
    if (performance.now() - started > giveUpMs) throw new Error(`${what}: still not so after ${giveUpMs} ms: ${result}`)
    await sleep(20)
  }
}

/** Where a reader sees a report: its page, home, the feeds, the public API. */
const PUBLIC_SURFACES = (slug: string) => [`/berita/${slug}`, '/', '/feed.xml', '/atom.xml', '/feed.json', '/api/reports?limit=20&depth=0']

describe.skipIf(missing.length > 0)('the scaled topology (npm run cluster)', () => {
  let dir: string
  let cluster: ChildProcess
  let output = ''
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  let writer: string
  let editor: string
  let admin: string
  let unit: number | string
  let activityType: number | string

  const newReport = async (title: string, word: string, via: string) => createReport(via, writer, rakorReport({ title, word, unit, activityType }))

  beforeAll(async () => {
    // Made by the cluster itself (PostgreSQL's data must be reachable by Debian's `postgres` user when
    // the tests run as root; mkdtemp's folder is its owner's alone).
    dir = path.join(os.tmpdir(), `warta-cluster-${process.pid}`)
    rmSync(dir, { recursive: true, force: true })
    smtp = await startSmtp()
    cluster = spawn(process.execPath, ['scripts/run.mjs', 'cluster'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: {
        ...process.env,
        CLUSTER_DIR: dir,
        CLUSTER_PORT: String(PORTS.varnish),
        CLUSTER_APP_PORT: String(PORTS.apps[0]),
        CLUSTER_WORKER_PORT: String(PORTS.worker),
        CLUSTER_REDIS_PORT: String(PORTS.redis),
        CLUSTER_POSTGRES_PORT: String(PORTS.postgres),
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        DATABASE_URL: '',
      },
    })
    cluster.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    cluster.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    const deadline = Date.now() + 10 * 60_000
    while (!output.includes('siap:')) {
      if (cluster.exitCode !== null) throw new Error(`npm run cluster exited with ${cluster.exitCode}:\n${output}`)
      if (Date.now() > deadline) throw new Error(`npm run cluster was not ready after 10 minutes:\n${output}`)
      await sleep(250)
    }
    // Everyone the tests act as signs in now: the login test below uses up this address's attempts.
    writer = await login(A, 'penulis.palembang@warta.test', PASSWORD)
    editor = await login(B, 'editor.sumsel@warta.test', PASSWORD)
    admin = await login(A, 'admin@warta.test', PASSWORD)
    unit = await idBy(A, editor, 'units', 'polrestabes-palembang')
    activityType = await idBy(A, editor, 'activity-types', 'rakor')
  }, 11 * 60_000)

  afterAll(async () => {
    if (cluster && cluster.exitCode === null) {
      const exited = new Promise((resolve) => cluster.once('exit', resolve))
      // Ctrl-C, as a person stops it.
      process.kill(-cluster.pid!, 'SIGINT')
      await Promise.race([exited, sleep(30_000)])
      if (cluster.exitCode === null) process.kill(-cluster.pid!, 'SIGKILL')
    }
    await smtp?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  }, 60_000)

  const logsOnFailure = () => {
    for (const name of ['app-1', 'app-2', 'worker', 'varnish']) {
      try {
        process.stderr.write(`--- ${name}.log (last 40 lines)\n${readFileSync(path.join(dir, 'logs', `${name}.log`), 'utf8').split('\n').slice(-40).join('\n')}\n`)
      } catch {
        // no log
      }
    }
  }

  it('should show a publication made through A on Varnish and on B within 1 s, and a withdrawal on none of them within 1 s', async () => {
    try {
      const stamp = Date.now().toString(36)
      const canary = `kanari${stamp}`
      const report = await newReport(`Rakor Kanari Klaster ${stamp}`, canary, A)
      await act(A, writer, report.id, { action: 'submit' })
      // Every cache holds the pages before the publication: Varnish, and each process's own.
      for (const origin of [VARNISH, A, B]) for (const surface of PUBLIC_SURFACES(report.slug)) await text(`${origin}${surface}`)
      expect((await text(`${VARNISH}/`)).headers.get('x-cache')).toBe('HIT')

      await act(A, editor, report.id, { action: 'publish' })
      const shown = await within(5_000, 'the publication', async () => {
        const [page, home, onB] = await Promise.all([text(`${VARNISH}/berita/${report.slug}`), text(`${VARNISH}/`), text(`${B}/berita/${report.slug}`)])
        if (page.status !== 200) return `its page answered ${page.status} through Varnish (${page.headers.get('x-cache')})`
        if (!home.body.includes(report.slug)) return `home through Varnish does not list it (${home.headers.get('x-cache')}, age ${home.headers.get('age')})`
        return onB.status === 200 || `its page answered ${onB.status} on B`
      })
      process.stdout.write(`publication visible through Varnish and on B after ${Math.round(shown)} ms\n`)
      expect(shown).toBeLessThan(1_000)
      // Kept again by Varnish, with the tags it is purged by.
      await text(`${VARNISH}/berita/${report.slug}`)
      const kept = await text(`${VARNISH}/berita/${report.slug}`)
      expect(kept.headers.get('x-cache')).toBe('HIT')
      // Its own tags, or, when its answer came from a render another request had started (Next shares
      // one render between them), every public change's: either way a withdrawal purges it.
      expect(kept.headers.get('surrogate-key')?.split(' ')).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^(report-slug:${report.slug}|reports)$`))]))

      for (const origin of [VARNISH, A, B]) for (const surface of PUBLIC_SURFACES(report.slug)) await text(`${origin}${surface}`)
      await act(A, editor, report.id, { action: 'withdraw', note: 'Ditarik untuk uji klaster.' })
      // Every surface on every cache at once, so that a sweep takes one request's time.
      const gone = await within(5_000, 'the withdrawal', async () => {
        const urls = [VARNISH, A, B].flatMap((origin) => PUBLIC_SURFACES(report.slug).map((surface) => `${origin}${surface}`))
        const bodies = await Promise.all(urls.map(async (url) => (await text(url)).body))
        const still = urls.filter((_, i) => bodies[i]!.includes(canary))
        return still.length === 0 || `${still.join(', ')} still show it`
      })
      process.stdout.write(`withdrawal gone from Varnish, A and B after ${Math.round(gone)} ms\n`)
      expect(gone).toBeLessThan(1_000)
    } catch (error) {
      logsOnFailure()
      throw error
    }
  }, 60_000)

  it('should show every report on every cache (Varnish, A, B) as its last change through either process left it', async () => {
    type Model = { id: number | string; slug: string; canary: string; state: 'in_review' | 'published' | 'withdrawn' }
    const shows = async (report: Model): Promise<true | string> => {
      const live = report.state === 'published'
      const wrong = await Promise.all(
        [VARNISH, A, B].map(async (origin) => {
          // Its text on its page (a withdrawn report's page is the withdrawal notice, without it).
          const page = await text(`${origin}/berita/${report.slug}`)
          if ((page.status === 200 && page.body.includes(report.canary)) !== live) return `${origin}/berita/${report.slug} answered ${page.status} ${live ? 'without' : 'with'} its text for a report ${report.state}`
          // Lists show a report by its link (home shows a summary only for its lead story).
          for (const surface of ['/', '/feed.xml', '/api/reports?limit=20&depth=0']) {
            if ((await text(`${origin}${surface}`)).body.includes(report.slug) !== live) return `${origin}${surface} ${live ? 'does not list' : 'lists'} ${report.slug} (${report.state})`
          }
          return undefined
        }),
      )
      return wrong.find((each) => each !== undefined) ?? true
    }
    // Steps: publish or withdraw one of two reports, through A or B; a step that does not apply is skipped.
    const step = fc.record({ report: fc.nat(1), through: fc.constantFrom(A, B), action: fc.constantFrom('publish', 'withdraw') })
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
          const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`
          const reports: Model[] = []
          for (const i of [0, 1]) {
            const canary = `sifat${stamp}x${i}`
            const created = await newReport(`Rakor Sifat ${stamp} ${i}`, canary, A)
            await act(A, writer, created.id, { action: 'submit' })
            reports.push({ ...created, canary, state: 'in_review' })
          }
          for (const { report: index, through, action } of steps) {
            const report = reports[index]!
            if (action === 'publish' && report.state === 'in_review') {
              await act(through, editor, report.id, { action: 'publish' })
              report.state = 'published'
            } else if (action === 'withdraw' && report.state === 'published') {
              await act(through, editor, report.id, { action: 'withdraw', note: 'Ditarik dalam uji sifat klaster.' })
              report.state = 'withdrawn'
            } else continue
            for (const each of reports) await within(3_000, `after ${action} through ${through}`, () => shows(each))
          }
        }),
        { numRuns: 3, endOnFailure: true },
      )
    } catch (error) {
      logsOnFailure()
      throw error
    }
  }, 240_000)

  it('should put a scheduled report live exactly once, with one event and one notification', async () => {
    try {
      const stamp = Date.now().toString(36)
      const title = `Rakor Terjadwal Klaster ${stamp}`
      const report = await newReport(title, `jadwal${stamp}`, A)
      await act(A, writer, report.id, { action: 'submit' })
      await act(B, editor, report.id, { action: 'publish', publishAt: new Date(Date.now() + 3_000).toISOString() })
      // The worker looks for due reports every 15 seconds, after the e-mails queued before them (20 jobs a turn).
      await within(90_000, 'the scheduled publication', async () => {
        const page = await text(`${VARNISH}/berita/${report.slug}`)
        return page.status === 200 || `its page answered ${page.status} through Varnish`
      })
      // Another round of the runner, in case a second one were to run it again.
      await sleep(17_000)
      const events = await fetch(`${A}/api/workflow-events?where[report][equals]=${report.id}&where[action][equals]=scheduled_publish&depth=0&limit=10`, {
        headers: { Authorization: `JWT ${admin}` },
      }).then((response) => response.json() as Promise<{ totalDocs: number }>)
      expect(events.totalDocs).toBe(1)
      const published = smtp.received.filter((mail) => mail.raw.includes(`Telah terbit: ${title}`))
      expect(published).toHaveLength(1)
    } catch (error) {
      logsOnFailure()
      throw error
    }
  }, 150_000)

  it('should refuse the 11th failed login from one address within a minute, whichever process it reaches', async () => {
    const attempt = (origin: string) =>
      fetch(`${origin}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'penulis.palembang@warta.test', password: 'salah-sekali-bukan-ini' }) })
    // Ten wrong passwords through Varnish, which hands them to A and B in turn.
    for (let i = 0; i < 10; i++) expect((await attempt(VARNISH)).status).toBe(401)
    for (const origin of [VARNISH, A, B]) {
      const refused = await attempt(origin)
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    }
  }, 60_000)

  it('should lose no reader request through Varnish when a web process is killed, and go on publishing through the other', async () => {
    try {
      const stamp = Date.now().toString(36)
      const paths = ['/', '/feed.xml', '/tentang', '/api/reports?limit=5&depth=0']
      let n = 0
      const failures: string[] = []
      let served = 0
      let reading = true
      const reader = async () => {
        while (reading) {
          // Now and then a search nobody made before, which no cache holds.
          const target = ++n % 10 === 0 ? `/cari?q=klaster${stamp}${n}` : paths[n % paths.length]!
          try {
            const response = await fetch(`${VARNISH}${target}`)
            await response.arrayBuffer()
            if (response.status !== 200) failures.push(`${target}: ${response.status}`)
            else served++
          } catch (error) {
            failures.push(`${target}: ${error instanceof Error ? error.message : String(error)}`)
          }
        }
      }
      const readers = Array.from({ length: 16 }, reader)
      await sleep(1_500)
      const health = (await (await fetch(`${A}/_warta/health`)).json()) as { pid: number }
      process.kill(health.pid, 'SIGKILL')
      await sleep(5_000)
      reading = false
      await Promise.all(readers)
      expect(failures).toEqual([])
      expect(served).toBeGreaterThan(100)

      const report = await newReport(`Rakor Setelah Gangguan ${stamp}`, `gangguan${stamp}`, B)
      await act(B, writer, report.id, { action: 'submit' })
      await act(B, editor, report.id, { action: 'publish' })
      const shown = await within(5_000, 'the publication after the kill', async () => {
        const page = await text(`${VARNISH}/berita/${report.slug}`)
        return page.status === 200 || `its page answered ${page.status} through Varnish`
      })
      expect(shown).toBeLessThan(1_000)
    } catch (error) {
      logsOnFailure()
      throw error
    }
  }, 90_000)
})
