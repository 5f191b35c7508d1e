/**
 * `npm run bench [-- --reports 10000 --seconds 5 --rounds 3 --connections 50 --samples 100]`: the
 * public site's speed on a throwaway SQLite database holding N published reports, served by the
 * production build.
 *
 * Prints, for home, a report, a unit, search and a sitemap file: requests/s, p50 and p99 for cache
 * hits (autocannon, many connections, one warm URL) and for cold renders (one request at a time, each
 * to a URL that is not cached, or right after its cache tag was expired); the publish-to-visible time
 * through the real workflow; and, as the ceiling a cache hit is compared with, the requests/s of a
 * prerendered static page (/tentang) on the same server, measured in turns with each page's hits
 * (ROUNDS pairs of runs: the ratio is the median of the pairs', with their range), and the server's
 * CPU time per hit beside the ceiling's (steadier: the load generator shares the cores); then
 * Lighthouse's mobile performance score of home and a report (the median of 5 runs). Targets (2
 * cores): hits >= 80% of the ceiling; cold p95 < 150 ms; search p95 < 150 ms; publish-to-visible <
 * 2 s; Lighthouse performance >= 95.
 *
 * Then the mixed load (issue 21; `--mixed-seconds 30`, `--mixed-readers 100`, `--mixed-pairs 3`,
 * either of them 0 to measure one side alone, `--no-mixed` to skip it): readers, each a client of
 * its own, mixing home, a report, /feed.xml and a search, while writer/editor pairs publish as fast
 * as they can (scripts/lib/mixedLoad.ts). Targets: 0 reader errors or timeouts, reader p99 < 1 s,
 * publish p99 < 1 s. The readers' connections are opened before the load; with
 * `--mixed-new-connections` they open all at once as it starts (Node accepts one new connection per
 * turn of its event loop: see scripts/lib/mixedReaders.ts). `--mixed-timeline` adds second-by-second
 * figures, `--cpu-prof` a CPU profile of the server during the load (kept in .warta/bench/ with
 * what the server probe saw, and summarised). `--only mixed` (or any of pages,visible,lighthouse,
 * mixed) runs only those sections: `npm run bench -- --reports 2000 --only mixed` to iterate on it.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { percentile } from './lib/latency'
import { cpuSeconds } from './lib/processCpu'
import { probeLaunch } from './lib/serverProbe'

const execFileAsync = promisify(execFile)
const require = createRequire(import.meta.url)

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  const value = at === -1 ? NaN : Number(process.argv[at + 1])
  return Number.isFinite(value) && value > 0 ? value : fallback
}
const REPORTS = arg('reports', 10_000)
const SECONDS = arg('seconds', 5)
const ROUNDS = arg('rounds', 3)
const CONNECTIONS = arg('connections', 50)
const SAMPLES = arg('samples', 100)
const PORT = arg('port', 3400)
const MIXED_SECONDS = arg('mixed-seconds', 30)
/** A count that may be 0 (to take one side of the mixed load away), at most `most`. */
const count = (name: string, fallback: number, most: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  const value = at === -1 ? NaN : Number(process.argv[at + 1])
  return Number.isInteger(value) && value >= 0 ? Math.min(most, value) : fallback
}
/** 0 readers: the publishing pairs alone; 0 pairs: the readers alone. */
const MIXED_READERS = count('mixed-readers', 100, 1000)
const MIXED_PAIRS = count('mixed-pairs', 3, 3)
const SECTIONS = ['pages', 'visible', 'lighthouse', 'mixed'] as const
const only = process.argv.includes('--only') ? String(process.argv[process.argv.indexOf('--only') + 1]).split(',') : [...SECTIONS]
const unknownSection = only.find((name) => !(SECTIONS as readonly string[]).includes(name))
if (unknownSection) {
  process.stderr.write(`--only takes ${SECTIONS.join(', ')} (comma-separated), not "${unknownSection}".\n`)
  process.exit(2)
}
const runs = (section: (typeof SECTIONS)[number]) =>
  only.includes(section) && !(section === 'mixed' && process.argv.includes('--no-mixed')) && !(section === 'lighthouse' && process.argv.includes('--no-lighthouse'))
const LIGHTHOUSE_RUNS = runs('lighthouse') ? arg('lighthouse-runs', 5) : 0
const ORIGIN = `http://127.0.0.1:${PORT}`
/** A page prerendered at build time: the ceiling hits are compared with. */
const CEILING_PATH = '/tentang'
const SECRET = 'warta-bench-secret'
/** What a browser sends: the server answers it with the gzip bytes it keeps with each cached page. */
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }

if (process.env.DATABASE_URL) {
  process.stderr.write('npm run bench makes its own throwaway SQLite database: unset DATABASE_URL.\n')
  process.exit(2)
}
const dir = mkdtempSync(path.join(os.tmpdir(), 'warta-bench-'))
// The server keeps the public origin the app is built for (absolute links are not followed here),
// so the bench reuses `npm start`'s build rather than building its own.
const serverEnv = { SERVER_URL: (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, ''), PORT: String(PORT) }
Object.assign(process.env, {
  DATABASE_URL: `file:${path.join(dir, 'bench.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
  PAYLOAD_SECRET: SECRET,
  SERVER_URL: serverEnv.SERVER_URL,
})
const say = (line: string) => process.stdout.write(`${line}\n`)

// The config reads the environment when first imported: only now.
const { buildIfNeeded } = await import('./lib/build')
const { migrateDatabase, scriptPayload } = await import('./lib/payload')
const { seed } = await import('@/seed')
const { fillWithReports } = await import('./lib/benchReports')
const { revalidationToken } = await import('@/cache/revalidate')

let server: ChildProcess | undefined
const cleanUp = () => {
  server?.kill('SIGTERM')
  rmSync(dir, { recursive: true, force: true })
}
process.on('SIGINT', () => {
  cleanUp()
  process.exit(130)
})

try {
  say('Building the production app if its sources changed (about two minutes on 2 cores)...')
  const build = await buildIfNeeded({ progress: say })
  say(build.built ? `Built in ${build.seconds} s.` : 'Reusing the existing production build.')
  say(`Seeding ${REPORTS} published reports into ${dir} ...`)
  const seedStarted = Date.now()
  const payload = await scriptPayload()
  await migrateDatabase(payload)
  await seed(payload)
  const sample = await fillWithReports(payload, REPORTS)
  // Payload derives its secret from PAYLOAD_SECRET; the server's revalidation endpoint checks that one.
  const token = revalidationToken(payload.secret)
  await payload.destroy()
  say(`Seeded in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s.`)

  // The server `npm start` runs: Next's handler behind the security headers and compression; with
  // the bench's probe loaded, which does nothing until the mixed load asks it to watch.
  const probe = probeLaunch(dir, { profile: process.argv.includes('--cpu-prof') })
  server = spawn(process.execPath, [...probe.execArgv, 'src/server/nextServer.mjs'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { MALLOC_ARENA_MAX: '2', ...process.env, ...serverEnv, ...probe.env, NODE_ENV: 'production' },
  })
  await waitForServer()

  const expire = async (tags: string[]) => {
    const response = await fetch(`${ORIGIN}/api/internal/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Warta-Revalidate': token },
      body: JSON.stringify({ tags }),
    })
    if (!response.ok) throw new Error(`could not expire the cache: ${response.status}`)
  }

  const rows: Row[] = []
  const pages: { name: string; hitPath: string; coldPaths: (n: number) => string[] }[] = [
    { name: 'home /', hitPath: '/', coldPaths: (n) => Array.from({ length: n }, () => '/') },
    { name: 'report /berita/{slug}', hitPath: `/berita/${sample.slugs[0]}`, coldPaths: (n) => sample.slugs.slice(1, n + 1).map((slug) => `/berita/${slug}`) },
    { name: 'unit /unit/{slug}', hitPath: `/unit/${sample.unitSlugs[0]}`, coldPaths: (n) => Array.from({ length: n }, (_, i) => unitPage(sample.unitSlugs, i)) },
    { name: 'search /cari?q=', hitPath: `/cari?q=${encodeURIComponent(sample.queries[0]!)}`, coldPaths: (n) => sample.queries.slice(1, n + 1).map((q) => `/cari?q=${encodeURIComponent(q)}`) },
    { name: 'sitemap /sitemaps/berita-1.xml', hitPath: '/sitemaps/berita-1.xml', coldPaths: (n) => Array.from({ length: n }, () => '/sitemaps/berita-1.xml') },
  ]
  for (const page of runs('pages') ? pages : []) {
    const repeated = new Set(page.coldPaths(SAMPLES)).size < SAMPLES
    // Cold: a URL nothing has cached yet; where the URL repeats (home, sitemap), right after its tag expired.
    const cold = await coldRenders(page.coldPaths(SAMPLES), repeated ? () => expire(['reports']) : undefined)
    const { hit, ceiling, ratios } = await hitsBesideCeiling(page.hitPath)
    rows.push({ name: page.name, hit, ceiling, ratios, cold })
    say(`${page.name}: hits ${hit.rps.toFixed(0)} req/s (${percent(median(ratios))} of the ceiling), cold p95 ${cold.p95?.toFixed(0)} ms`)
  }

  const visible = runs('visible') ? await publishToVisible(sample.editorPassword) : []
  const lighthouse = LIGHTHOUSE_RUNS > 0 ? await lighthouseMedians([`${ORIGIN}/`, `${ORIGIN}/berita/${sample.slugs[0]}`]) : []
  if (rows.length > 0 || visible.length > 0 || lighthouse.length > 0) printTable(rows, visible, lighthouse)
  if (runs('mixed')) await mixedLoad(sample)
} finally {
  cleanUp()
}
process.exit(0)

/** The mixed load, last: its publications change the site the other sections measure. */
async function mixedLoad(sample: { slugs: string[]; editorPassword: string }) {
  const { runMixedLoad } = await import('./lib/mixedLoad')
  const { mixedReport } = await import('./lib/mixedReport')
  say(`\nMixed load: ${MIXED_READERS} readers and ${MIXED_PAIRS} publishing pairs for ${MIXED_SECONDS} s (after warming the pages up)...`)
  const result = await runMixedLoad({
    origin: ORIGIN,
    seconds: MIXED_SECONDS,
    readers: MIXED_READERS,
    pairs: MIXED_PAIRS,
    openFirst: !process.argv.includes('--mixed-new-connections'),
    timeoutMs: 5_000,
    password: sample.editorPassword,
    reportSlugs: sample.slugs,
    server: { pid: server!.pid!, probeDir: dir },
  })
  say(`\n${mixedReport(result, { timeline: process.argv.includes('--mixed-timeline') }).join('\n')}`)
  // The throwaway folder goes at the end: what the probe saw (and the profile) is kept where the build's other leftovers are.
  const kept = path.join(process.cwd(), '.warta', 'bench', `mixed-${new Date(result.started).toISOString().replace(/[:.]/g, '-')}`)
  mkdirSync(path.dirname(kept), { recursive: true })
  copyFileSync(result.probe.file, `${kept}.probe.json`)
  say(`\nWhat the server probe saw: ${kept}.probe.json`)
  if (!result.probe.profile) return
  copyFileSync(result.probe.profile, `${kept}.cpuprofile`)
  const { summariseCpuProfile } = await import('./lib/cpuProfile')
  say(`\n${summariseCpuProfile(`${kept}.cpuprofile`).join('\n')}`)
}

type Figures = { rps: number; p50: number; p95?: number; p99: number; errors: number; cpuUs?: number }
type Row = { name: string; hit: Figures; ceiling: Figures; ratios: number[]; cold: Figures }

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${ORIGIN}/tentang`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('the production server did not answer within 120 s')
}

/**
 * Cache hits: CONNECTIONS clients for SECONDS, each asking as a browser does, after 2 s of the same
 * load to warm the server up (the ceiling gets the same). The load comes from a process of its own,
 * autocannon's CLI, as a real client's would, rather than from this one, where it would share a heap
 * and a garbage collector with the seeding and its Payload instance.
 */
async function hits(urlPath: string): Promise<Figures> {
  const headers = Object.entries(BROWSER_HEADERS).flatMap(([name, value]) => ['-H', `${name}=${value}`])
  const load = ['-c', String(CONNECTIONS)]
  const args = [require.resolve('autocannon/autocannon.js'), '--json', ...load, '-d', String(SECONDS), '--warmup', '[', ...load, '-d', '2', ']', ...headers, `${ORIGIN}${urlPath}`]
  const cpuBefore = serverCpuSeconds()
  const { stdout } = await execFileAsync(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 })
  const cpuAfter = serverCpuSeconds()
  // Newline-delimited JSON: the last line is the measured run (the warm-up is inside it, apart).
  type Run = { requests: { average: number; total: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number }
  const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as Run & { warmup?: Run }
  const served = result.requests.total + (result.warmup?.requests.total ?? 0)
  const cpuUs = cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) * 1e6) / served
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx, cpuUs }
}

/** The server's CPU time (every thread): per request, its own cost, whatever the load generator beside it on the same cores costs. */
function serverCpuSeconds(): number | undefined {
  return cpuSeconds(server!.pid!)
}

function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50)
}

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(0)}%`
}

/**
 * Hits on a page and on the ceiling page in turns, ROUNDS times. The machine's speed drifts from one
 * minute to the next (the same static page gave 13,600 and 18,500 req/s in two runs): two runs side
 * by side share it, so each pair's ratio holds where a ceiling measured once would not. The page's
 * figures are those of its run in the pair with the median ratio.
 */
async function hitsBesideCeiling(urlPath: string): Promise<{ hit: Figures; ceiling: Figures; ratios: number[] }> {
  const pairs: { hit: Figures; ceiling: Figures; ratio: number }[] = []
  for (let round = 0; round < ROUNDS; round++) {
    // Which of the two goes first alternates, so that going first or second favours neither.
    const ceilingFirst = round % 2 === 0
    const first = await hits(ceilingFirst ? CEILING_PATH : urlPath)
    const second = await hits(ceilingFirst ? urlPath : CEILING_PATH)
    const [ceiling, hit] = ceilingFirst ? [first, second] : [second, first]
    pairs.push({ hit, ceiling, ratio: hit.rps / ceiling.rps })
  }
  const ratios = pairs.map((pair) => pair.ratio)
  const middle = pairs.find((pair) => pair.ratio === median(ratios))!
  return { hit: middle.hit, ceiling: middle.ceiling, ratios }
}

/** Cold renders: one at a time, each timed from request to the last byte. */
async function coldRenders(paths: string[], before?: () => Promise<unknown>): Promise<Figures> {
  const times: number[] = []
  let errors = 0
  for (const urlPath of paths) {
    await before?.()
    const started = performance.now()
    const response = await fetch(`${ORIGIN}${urlPath}`)
    await response.arrayBuffer()
    times.push(performance.now() - started)
    // A cold sample that Next answered from its cache would flatter the figures: count it as an error.
    const cache = response.headers.get('x-nextjs-cache')
    if (response.status !== 200 || cache === 'HIT' || cache === 'STALE') errors++
  }
  const sorted = [...times].sort((a, b) => a - b)
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length
  return { rps: 1000 / mean, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), errors }
}

/** The i-th of every unit's list pages: each unit's page 1, then each unit's page 2, ... */
function unitPage(unitSlugs: string[], i: number): string {
  const page = 1 + Math.floor(i / unitSlugs.length)
  return `/unit/${unitSlugs[i % unitSlugs.length]}${page > 1 ? `/${page}` : ''}`
}

/** A writer writes and submits, an editor publishes: the time until the page, home and search show it. */
async function publishToVisible(password: string): Promise<number[]> {
  const { act } = await import('./lib/restApi')
  const { benchNewsroom } = await import('./lib/publishToVisible')
  const { editor, submitted } = await benchNewsroom(ORIGIN, password)
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const word = `tolokukur${Date.now().toString(36)}`
    const report = await submitted(`Rakor Tolok Ukur Kecepatan Terbit ${i + 1}`, word)
    // Readers have the pages cached before the publication.
    for (const p of ['/', `/cari?q=${word}`]) await fetch(`${ORIGIN}${p}`).then((r) => r.text())
    await act(ORIGIN, editor, report.id, { action: 'publish' })
    const published = performance.now()
    const shows = async () => {
      const [page, home, search] = await Promise.all([`/berita/${report.slug}`, '/', `/cari?q=${word}`].map((p) => fetch(`${ORIGIN}${p}`)))
      return page!.status === 200 && (await home!.text()).includes(report.slug) && (await search!.text()).includes(report.slug)
    }
    while (!(await shows())) {
      if (performance.now() - published > 30_000) throw new Error('a publication was not visible after 30 s')
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    times.push(performance.now() - published)
  }
  return times
}

type LighthouseRow = { url: string; performance: number; lcp: number; tbt: number; cls: number; runs: number[] }

/** Lighthouse (mobile) on each URL, LIGHTHOUSE_RUNS times: the run with the median score. */
async function lighthouseMedians(urls: string[]): Promise<LighthouseRow[]> {
  const { auditPages } = await import('./lib/lighthouse')
  const audits = await auditPages(urls, { runs: LIGHTHOUSE_RUNS, categories: ['performance'] })
  return urls.map((url) => {
    const runs = audits.filter((audit) => audit.url === url).sort((a, b) => a.scores.performance - b.scores.performance)
    const median = runs[Math.floor(runs.length / 2)]!
    return { url: url.replace(ORIGIN, ''), performance: median.scores.performance, ...median.metrics, runs: runs.map((run) => run.scores.performance) }
  })
}

function printTable(rows: Row[], visible: number[], lighthouse: LighthouseRow[]) {
  const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '' : `${value.toFixed(value < 10 ? 1 : 0)} ms`)
  const lines = [
    `Warta public site, ${REPORTS} published reports, SQLite, ${os.cpus().length} cores; hits: ${CONNECTIONS} connections x ${SECONDS} s, ${ROUNDS} rounds beside the ceiling (/tentang); cold: ${SAMPLES} sequential requests`,
    '',
    '| page | hit req/s | ceiling req/s | hit vs ceiling (range) | server CPU per hit (ceiling) | hit p50 | hit p99 | cold req/s | cold p50 | cold p95 | cold p99 | errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(({ name, hit, ceiling, ratios, cold }) =>
      [
        name,
        hit.rps.toFixed(0),
        ceiling.rps.toFixed(0),
        `${percent(median(ratios))} (${percent(Math.min(...ratios))}-${percent(Math.max(...ratios))})`,
        hit.cpuUs === undefined || ceiling.cpuUs === undefined ? '' : `${hit.cpuUs.toFixed(0)} us (${ceiling.cpuUs.toFixed(0)} us)`,
        ms(hit.p50),
        ms(hit.p99),
        cold.rps.toFixed(0),
        ms(cold.p50),
        ms(cold.p95),
        ms(cold.p99),
        String(hit.errors + ceiling.errors + cold.errors),
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .replace(/$/, ' |'),
    ),
    '',
    `publish-to-visible (page, home and search all show it), 5 publications: ${visible.map((t) => `${t.toFixed(0)} ms`).join(', ')}`,
    ...lighthouse.map(
      (l) =>
        `Lighthouse mobile performance ${l.url}: ${Math.round(l.performance * 100)} (median of ${l.runs.map((r) => Math.round(r * 100)).join(', ')}); LCP ${l.lcp.toFixed(0)} ms, TBT ${l.tbt.toFixed(0)} ms, CLS ${l.cls.toFixed(3)}`,
    ),
  ]
  say(`\n${lines.join('\n')}`)
}
