import os from 'node:os'
import { monitorEventLoopDelay } from 'node:perf_hooks'

import { healthSampler, type HealthSample } from './healthSampler'
import { preparePairs, PUBLISHING_PAIRS, runPublishers, type Cycle, type PublishFailure } from './mixedPublishers'
import { readerAddress, readerPool, runReaders, type ReaderKind, type ReaderRequest, type ReaderSample } from './mixedReaders'
import { cpuSeconds } from './processCpu'
import { watchServer, type ProbeResult } from './serverProbe'

/** Words many seeded reports contain (src/seed/data/reports.ts), as readers would type them. */
export const SEARCH_WORDS = [
  'rakor',
  'vicon',
  'workshop',
  'sosialisasi',
  'palembang',
  'makassar',
  'jayapura',
  'humas',
  'narkoba',
  'konferensi pers',
  'kamtibmas',
  'upacara',
  'bakti sosial',
  'zoom meeting',
  'pengungkapan',
  'lomba',
  'bhayangkara',
  'pencurian',
  'pedagang pasar',
  'polda',
]
/** How often the home watcher asks for home (ms). */
const WATCH_EVERY_MS = 100

/**
 * A reader of its own that asks for home every WATCH_EVERY_MS until `until`: when each answer was asked
 * for (epoch ms) and its text, to tell when each publication first showed there.
 */
const watchHome = async (origin: string, until: number) => {
  const seen: { at: number; text: string }[] = []
  const headers = { 'accept-encoding': 'gzip', 'x-forwarded-for': '198.51.100.250' }
  while (Date.now() < until) {
    const at = Date.now()
    try {
      const response = await fetch(`${origin}/`, { headers, signal: AbortSignal.timeout(5_000) })
      seen.push({ at, text: await response.text() })
    } catch {
      // A failed look is a look that saw nothing.
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, at + WATCH_EVERY_MS - Date.now())))
  }
  return seen
}

/**
 * For each publication, how long after its publish call returned home first showed it (ms), from
 * the watcher's answers; `unseen` publications never showed in the load (pushed off home by newer
 * ones before a look, or not shown in time).
 */
const homeVisibility = (cycles: Cycle[], looks: { at: number; text: string }[]) => {
  const delays: number[] = []
  let unseen = 0
  for (const cycle of cycles) {
    const look = looks.find((each) => each.at >= cycle.publishedAt - WATCH_EVERY_MS && each.text.includes(cycle.marker))
    if (look) delays.push(Math.max(0, look.at - cycle.publishedAt))
    else unseen++
  }
  return { delays, unseen }
}

/** How many different reports the readers read. */
const REPORT_PAGES = 100
const KINDS: ReaderKind[] = ['home', 'report', 'feed', 'search']

export type MixedOptions = {
  origin: string
  seconds: number
  readers: number
  /** How many writer/editor pairs publish (at most 3; 0 for readers alone). */
  pairs: number
  /** Open the readers' connections before the load (true), or let each open its own as the load starts, all at once. */
  openFirst: boolean
  timeoutMs: number
  password: string
  reportSlugs: string[]
  server: { pid: number; probeDir: string }
}

export type MixedResult = {
  options: MixedOptions
  started: number
  readers: ReaderSample[]
  cycles: Cycle[]
  failures: PublishFailure[]
  health: HealthSample[]
  probe: ProbeResult
  /** The load generator's own event loop delay (ms): what it adds to every figure it measures. */
  clientLoop: { p99: number; max: number }
  /** When each publication first showed on home, after its publish call returned (ms; ./mixedLoad.ts's watcher, every 100 ms). */
  homeVisible: { delays: number[]; unseen: number }
  /** Connections the readers had to open during the load (each was open before it). */
  newConnections: number
  /**
   * CPU seconds used from the start of the load until its last answer (`over` seconds): the server (all
   * threads, and its main thread) and the load generator; the machine's 1-minute load average before it.
   */
  cpu: { over: number; server?: number; serverMain?: number; client: number; loadBefore: number }
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]!

const requestOf = (kind: ReaderKind, slugs: string[]): ReaderRequest => {
  if (kind === 'home') return { kind, path: '/' }
  if (kind === 'feed') return { kind, path: '/feed.xml' }
  if (kind === 'report') return { kind, path: `/berita/${pick(slugs)}` }
  return { kind, path: `/cari?q=${encodeURIComponent(pick(SEARCH_WORDS))}` }
}

/** Every URL the readers may ask for, asked once, four at a time: the load starts on a warm cache, as a site's day does. */
const warmUp = async (origin: string, slugs: string[]) => {
  const urls = ['/', '/feed.xml', ...SEARCH_WORDS.map((word) => `/cari?q=${encodeURIComponent(word)}`), ...slugs.map((slug) => `/berita/${slug}`)]
  const headers = { 'accept-encoding': 'gzip', 'x-forwarded-for': readerAddress(0) }
  const worker = async () => {
    for (let url = urls.shift(); url !== undefined; url = urls.shift()) {
      const response = await fetch(`${origin}${url}`, { headers, signal: AbortSignal.timeout(60_000) })
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`warm-up: ${url} answered ${response.status}`)
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
}

/**
 * The mixed load (issue 21): `readers` readers, each a client of its own, mixing home, a report, the
 * RSS feed and a search, while `pairs` writer/editor pairs publish as fast as they can, for `seconds`;
 * beside them the health sampler, and the probe inside the server (./serverProbe.mjs).
 */
export const runMixedLoad = async (options: MixedOptions): Promise<MixedResult> => {
  const { origin, seconds, readers, timeoutMs, password, server } = options
  const slugs = options.reportSlugs.slice(0, REPORT_PAGES)
  const pairs = await preparePairs(origin, password, PUBLISHING_PAIRS.slice(0, options.pairs))
  await warmUp(origin, slugs)
  const sampler = await healthSampler({ origin })
  const pool = readerPool(readers)
  if (options.openFirst) await pool.open(origin)
  const opened = pool.opened

  const watch = await watchServer(server.pid, server.probeDir)
  const loadBefore = os.loadavg()[0]!
  const cpuBefore = { server: cpuSeconds(server.pid), serverMain: cpuSeconds(server.pid, server.pid), client: process.cpuUsage() }
  const clientLoop = monitorEventLoopDelay({ resolution: 10 })
  clientLoop.enable()
  const started = Date.now()
  const until = started + seconds * 1000
  // Each reader goes round the four kinds from a place of its own, so that the mix is even at every moment.
  const turns = Array.from({ length: readers }, (_, i) => i % KINDS.length)
  const next = (reader: number) => {
    const turn = turns[reader]!
    turns[reader] = turn + 1
    return requestOf(KINDS[turn % KINDS.length]!, slugs)
  }
  const [readerSamples, { cycles, failures }, health, looks] = await Promise.all([
    runReaders({ origin, pool, readers, until, next, timeoutMs }),
    runPublishers({ origin, pairs, until }),
    sampler.run(until),
    // A little past the end: the last publications get their chance to show.
    watchHome(origin, until + 2_000),
  ])
  clientLoop.disable()
  const since = (before: number | undefined, after: number | undefined) => (before === undefined || after === undefined ? undefined : after - before)
  const client = process.cpuUsage(cpuBefore.client)
  const cpu = {
    over: (Date.now() - started) / 1000,
    server: since(cpuBefore.server, cpuSeconds(server.pid)),
    serverMain: since(cpuBefore.serverMain, cpuSeconds(server.pid, server.pid)),
    client: (client.user + client.system) / 1e6,
    loadBefore,
  }
  const probe = await watch.stop()
  const delay = (ns: number) => Math.max(0, ns / 1e6 - 10)
  return {
    options,
    started,
    readers: readerSamples,
    cycles,
    failures,
    health,
    probe,
    clientLoop: { p99: delay(clientLoop.percentile(99)), max: delay(clientLoop.max) },
    homeVisible: homeVisibility(cycles, looks),
    newConnections: pool.opened - opened,
    cpu,
  }
}
