/**
 * What `npm run bench:cluster` measures on one topology (the embedded server, or Varnish in front of
 * the cluster), the same way for both: hits beside nginx serving the same bytes, unknown URLs and
 * slugs, and the cached page's p99 with and without a scanner. Load from wrk (scripts/lib/wrk.ts).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { startNginxCeiling, type StaticCopy } from './nginxCeiling'
import { treeCpuSeconds } from './processCpu'
import { startScanner, type ScanFigures } from './scanner'
import { runWrk, type WrkFigures, type WrkLoad, type WrkTarget } from './wrk'

export type Topology = {
  name: string
  /** Where readers go: `http://127.0.0.1:port`. */
  origin: string
  /** The processes that answer readers (their CPU time per request is reported). */
  pids: number[]
  /** The app processes' own addresses (behind Varnish, each web process's). */
  processes: string[]
  /** Varnish's working folder, for its hit counters. */
  varnishWorkDir?: string
}

export type Settings = {
  load: WrkLoad
  rounds: number
  warmupSeconds: number
  scannerRate: number
  nginxPort: number
  /** nginx sends its own few headers, not the server's (the comparison before the headers were copied). */
  nginxOwnHeaders?: boolean
  dir: string
  say: (line: string) => void
}

/** A run's figures, with the server's CPU time per request (microseconds) and Varnish's hit share. */
export type Run = WrkFigures & { serverCpuUs?: number; cacheHitShare?: number }

export type HitRow = { name: string; path: string; hit: Run; ceiling: Run; ratios: number[]; xCache?: string }
export type UnknownRow = { name: string; pattern: string; run: Run }
export type ScannedP99 = { alone: Run; scanned: Run; ratios: number[]; scan: ScanFigures }
/** What Varnish holds after the unknown URLs: under Varnish's built-in rules, each 404 left a hit-for-miss marker for 2 minutes. */
export type VarnishHeld = { objects: number; transientBytes: number; storageBytes: number }
export type TopologyFigures = {
  topology: Topology
  hits: HitRow[]
  unknown: UnknownRow[]
  varnishHeld?: VarnishHeld
  p99: ScannedP99
  copies: StaticCopy[]
  headerBytes: { server: number; nginx: number }
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

/** Counters of a Varnish instance, from varnishstat; undefined if it cannot say. */
const varnishStat = <T extends string>(workDir: string | undefined, names: T[]): Record<T, number> | undefined => {
  if (!workDir) return undefined
  const result = spawnSync('varnishstat', ['-n', workDir, '-1', '-j', ...names.flatMap((name) => ['-f', name])], { encoding: 'utf8' })
  try {
    const json = JSON.parse(result.stdout) as { counters?: Record<string, { value: number }> } & Record<string, { value: number }>
    const counters = json.counters ?? json
    return Object.fromEntries(names.map((name) => [name, counters[name]!.value])) as Record<T, number>
  } catch {
    return undefined
  }
}

const varnishCounters = (workDir: string | undefined): { hits: number; requests: number } | undefined => {
  const counters = varnishStat(workDir, ['MAIN.cache_hit', 'MAIN.client_req'])
  return counters && { hits: counters['MAIN.cache_hit'], requests: counters['MAIN.client_req'] }
}

const sumCpu = (pids: number[]): number | undefined => {
  let total = 0
  for (const pid of pids) {
    const seconds = treeCpuSeconds(pid)
    if (seconds === undefined) return undefined
    total += seconds
  }
  return total
}

/** One wrk run, with the CPU the answering processes spent on it and, behind Varnish, its share of cache hits. */
const measured = async (origin: string, target: WrkTarget, pids: number[], settings: Settings, varnishWorkDir?: string): Promise<Run> => {
  const cpuBefore = sumCpu(pids)
  const countersBefore = varnishCounters(varnishWorkDir)
  const figures = await runWrk(origin, target, settings.load, settings.dir)
  const cpuAfter = sumCpu(pids)
  const countersAfter = varnishCounters(varnishWorkDir)
  return {
    ...figures,
    serverCpuUs: cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) * 1e6) / figures.requests,
    cacheHitShare:
      countersBefore && countersAfter
        ? (countersAfter.hits - countersBefore.hits) / Math.max(1, countersAfter.requests - countersBefore.requests)
        : undefined,
  }
}

const warmUp = (origin: string, target: WrkTarget, settings: Settings) =>
  runWrk(origin, target, { ...settings.load, seconds: settings.warmupSeconds }, settings.dir)

/** Fetched twice: what Varnish said of the second (HIT once it keeps the page). */
const xCacheOf = async (url: string): Promise<string | undefined> => {
  const headers = { 'accept-encoding': 'gzip' }
  await (await fetch(url, { headers })).arrayBuffer()
  const response = await fetch(url, { headers })
  await response.arrayBuffer()
  return response.headers.get('x-cache') ?? undefined
}

/**
 * Hits on a path and on nginx's copy of it, in ROUNDS pairs, the two taking turns to go first: the
 * machine's speed drifts, and two runs side by side share it. The figures are those of the pair with
 * the median ratio.
 */
const hitsBesideCeiling = async (topology: Topology, ceilingOrigin: string, ceilingPid: number, urlPath: string, settings: Settings) => {
  await warmUp(topology.origin, urlPath, settings)
  await warmUp(ceilingOrigin, urlPath, settings)
  const pairs: { hit: Run; ceiling: Run; ratio: number }[] = []
  for (let round = 0; round < settings.rounds; round++) {
    const ceilingFirst = round % 2 === 0
    const runHit = () => measured(topology.origin, urlPath, topology.pids, settings, topology.varnishWorkDir)
    const runCeiling = () => measured(ceilingOrigin, urlPath, [ceilingPid], settings)
    const first = await (ceilingFirst ? runCeiling() : runHit())
    const second = await (ceilingFirst ? runHit() : runCeiling())
    const [ceiling, hit] = ceilingFirst ? [first, second] : [second, first]
    pairs.push({ hit, ceiling, ratio: hit.rps / ceiling.rps })
  }
  const ratios = pairs.map((pair) => pair.ratio)
  const middle = pairs.find((pair) => pair.ratio === median(ratios))!
  return { hit: middle.hit, ceiling: middle.ceiling, ratios }
}

/**
 * The cached page's latency alone and while a scanner sends unknown URLs at a steady rate, in ROUNDS
 * pairs taking turns to go first; the figures of the pair with the median ratio of p99s.
 */
const p99WithScanner = async (topology: Topology, urlPath: string, settings: Settings): Promise<ScannedP99> => {
  const pairs: ScannedP99[] = []
  for (let round = 0; round < settings.rounds; round++) {
    const alone = () => measured(topology.origin, urlPath, topology.pids, settings, topology.varnishWorkDir)
    const scanned = async () => {
      const scanner = startScanner(topology.origin, settings.scannerRate)
      // The scanner at its pace before the measured run begins.
      await new Promise((resolve) => setTimeout(resolve, 500))
      const run = await alone()
      return { run, scan: await scanner.stop() }
    }
    const scannerFirst = round % 2 === 1
    const first = scannerFirst ? await scanned() : await alone()
    const second = scannerFirst ? await alone() : await scanned()
    const [withScanner, without] = (scannerFirst ? [first, second] : [second, first]) as [{ run: Run; scan: ScanFigures }, Run]
    pairs.push({ alone: without, scanned: withScanner.run, scan: withScanner.scan, ratios: [withScanner.run.p99 / without.p99] })
  }
  const ratios = pairs.map((pair) => pair.ratios[0]!)
  const middle = pairs.find((pair) => pair.ratios[0] === median(ratios))!
  return { ...middle, ratios }
}

/**
 * A process answers unknown slugs from the set of known ones once it has read it (src/server/
 * reportSlugs.mjs); until then, as for a minute after each public change, they go to Next. Each process
 * is asked directly until its 404 for an unknown slug is its own document (Next's render carries
 * x-nextjs-cache): the figures are those of the steady state, not of a process's first seconds.
 */
const settleSlugSets = async (processes: string[], say: (line: string) => void) => {
  for (const url of processes) {
    const deadline = Date.now() + 15_000
    for (let n = 0; ; n++) {
      const response = await fetch(`${url}/berita/tidak-ada-bersiap-${n}`)
      await response.arrayBuffer()
      if (!response.headers.has('x-nextjs-cache')) break
      if (Date.now() > deadline) {
        say(`  (${url} still renders unknown slugs through Next after 15 s)`)
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

/** Every measurement of one topology; nginx's copies are made from, and stopped with, this phase. */
export const measureTopology = async (
  topology: Topology,
  pages: { name: string; path: string }[],
  settings: Settings,
): Promise<TopologyFigures> => {
  const { origin } = topology
  const say = settings.say
  for (const page of pages) {
    const status = (await fetch(`${origin}${page.path}`)).status
    if (status !== 200) throw new Error(`${topology.name}: ${page.path} answered ${status}`)
  }
  const nginx = await startNginxCeiling({
    source: origin,
    paths: pages.map((page) => page.path),
    port: settings.nginxPort,
    dir: path.join(settings.dir, `nginx-${topology.name.replace(/\W+/g, '-')}`),
    ownHeaders: settings.nginxOwnHeaders,
  })
  try {
    const hits: HitRow[] = []
    for (const page of pages) {
      const xCache = topology.varnishWorkDir ? await xCacheOf(`${origin}${page.path}`) : undefined
      const row = {
        name: page.name,
        path: page.path,
        xCache,
        ...(await hitsBesideCeiling(topology, nginx.origin, nginx.pid, page.path, settings)),
      }
      hits.push(row)
      say(
        `  ${page.name}: ${row.hit.rps.toFixed(0)} req/s, nginx ${row.ceiling.rps.toFixed(0)} req/s (${(median(row.ratios) * 100).toFixed(0)}%)${xCache ? `, X-Cache ${xCache}` : ''}`,
      )
    }
    await nginx.stop()

    await settleSlugSets(topology.processes, say)
    const unknown: UnknownRow[] = []
    for (const [name, pattern] of [
      ['unknown URL', '/tidak-ada-{n}'],
      ['unknown report slug', '/berita/tidak-ada-{n}'],
    ] as const) {
      const probe = await fetch(`${origin}${pattern.replace('{n}', 'probe')}`)
      await probe.arrayBuffer()
      if (probe.status !== 404) throw new Error(`${topology.name}: ${pattern} answered ${probe.status}, not 404`)
      await warmUp(origin, { pattern }, settings)
      const run = await measured(origin, { pattern }, topology.pids, settings, topology.varnishWorkDir)
      unknown.push({ name, pattern, run })
      say(`  ${name}: ${run.rps.toFixed(0)} req/s`)
    }

    const held = varnishStat(topology.varnishWorkDir, ['MAIN.n_objectcore', 'SMA.Transient.g_bytes', 'SMA.s0.g_bytes'])
    const varnishHeld = held && {
      objects: held['MAIN.n_objectcore'],
      transientBytes: held['SMA.Transient.g_bytes'],
      storageBytes: held['SMA.s0.g_bytes'],
    }

    const p99 = await p99WithScanner(topology, pages[0]!.path, settings)
    say(`  ${pages[0]!.name} p99: ${p99.alone.p99.toFixed(1)} ms alone, ${p99.scanned.p99.toFixed(1)} ms with the scanner`)
    return {
      topology,
      hits,
      unknown,
      varnishHeld,
      p99,
      copies: nginx.copies,
      headerBytes: { server: nginx.copies[0]?.sourceHeaderBytes ?? NaN, nginx: nginx.headerBytes },
    }
  } finally {
    await nginx.stop()
  }
}
