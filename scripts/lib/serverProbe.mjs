// @ts-check
/**
 * Loaded into the production server by the bench only (`node --import <this file>
 * src/server/nextServer.mjs`, see ./serverProbe.ts), to watch it from inside without changing it:
 * SIGUSR2 starts a watch, a second SIGUSR2 ends it and writes what was seen to
 * WARTA_BENCH_PROBE_DIR/probe.json:
 * - the event loop's delay (perf_hooks' histogram, 10 ms resolution): overall and per second;
 * - every tag expiry that reached Next's cache (FileSystemCache#revalidateTag) and every entry Next
 *   wrote to its cache (FileSystemCache#set: pages and route answers rendered, data of
 *   unstable_cache filled), with their time;
 * - the SQLite statements run through libsql, which runs them synchronously on the event loop's
 *   thread: how many, how long in all and per second, the writes apart, the slowest;
 * - with WARTA_BENCH_PROFILE=1, a V8 CPU profile of the watch (probe.cpuprofile).
 * SIGUSR2 is otherwise unused by Node and by the server.
 */
import { renameSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector'
import { createRequire } from 'node:module'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'

const dir = process.env.WARTA_BENCH_PROBE_DIR ?? process.cwd()
const profiling = process.env.WARTA_BENCH_PROFILE === '1'
const require = createRequire(path.join(process.cwd(), 'package.json'))
/** The histogram's timer: what it records is the time between two of its ticks, so the delay is that less this. */
const RESOLUTION_MS = 10
const toMs = (/** @type {number} */ ns) => Math.max(0, Math.round(ns / 1e4) / 100 - RESOLUTION_MS)

/** @typedef {{ at: number; ms: number; tags: string[] }} Expiry */
/** @typedef {{ at: number; kind: string; key: string; tags: string }} Written */

/** @typedef {{ statements: number; ms: number; writes: number; writeMs: number; slowest: { ms: number; sql: string }[]; bySql: Map<string, { count: number; ms: number }> }} Sqlite */
const newSqlite = () => /** @type {Sqlite} */ ({ statements: 0, ms: 0, writes: 0, writeMs: 0, slowest: [], bySql: new Map() })
/** A statement's text with its literals and lists of placeholders folded, so that the same query adds up. @param {string} sql */
const shapeOf = (sql) =>
  sql
    .replace(/\s+/g, ' ')
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\b\d+\b/g, '?')
    .replace(/\?(?:, ?\?)+/g, '?…')
    .slice(0, 240)

/** @type {{ started: number; overall: import('node:perf_hooks').IntervalHistogram; second: import('node:perf_hooks').IntervalHistogram; seconds: { at: number; max: number; p99: number; sqliteMs: number }[]; timer: NodeJS.Timeout; expiries: Expiry[]; written: Written[]; sqlite: Sqlite; secondSqliteMs: number; session?: Session } | undefined} */
let watch

/** Notes one statement's time while a watch runs. @param {string} sql @param {number} ms */
const noteStatement = (sql, ms) => {
  if (!watch) return
  const { sqlite } = watch
  sqlite.statements++
  sqlite.ms += ms
  watch.secondSqliteMs += ms
  if (/^\s*(insert|update|delete|commit|begin|replace)/i.test(sql)) {
    sqlite.writes++
    sqlite.writeMs += ms
  }
  const shape = shapeOf(sql)
  const same = sqlite.bySql.get(shape) ?? { count: 0, ms: 0 }
  same.count++
  same.ms += ms
  sqlite.bySql.set(shape, same)
  if (sqlite.slowest.length < 10 || ms > /** @type {{ ms: number }} */ (sqlite.slowest.at(-1)).ms) {
    sqlite.slowest.push({ ms, sql: sql.replace(/\s+/g, ' ').slice(0, 160) })
    sqlite.slowest.sort((a, b) => b.ms - a.ms).splice(10)
  }
}

/** Wraps libsql (the driver under @libsql/client): statements prepared, then run, read or stepped through, all synchronously. */
const patchLibsql = (() => {
  let patched = false
  return () => {
    if (patched) return
    patched = true
    /** @type {{ prototype: { prepare: (sql: string) => Record<string, (...args: unknown[]) => unknown>; exec: (sql: string) => unknown } }} */
    const Database = require('libsql')
    const { prepare, exec } = Database.prototype
    Database.prototype.exec = function (/** @type {string} */ sql) {
      const started = performance.now()
      try {
        return exec.call(this, sql)
      } finally {
        noteStatement(sql, performance.now() - started)
      }
    }
    Database.prototype.prepare = function (/** @type {string} */ sql) {
      const started = performance.now()
      const statement = prepare.call(this, sql)
      const preparing = performance.now() - started
      for (const method of ['all', 'run', 'get']) {
        const run = statement[method]
        if (typeof run !== 'function') continue
        statement[method] = function (/** @type {unknown[]} */ ...args) {
          const began = performance.now()
          try {
            return run.apply(this, args)
          } finally {
            noteStatement(sql, preparing + performance.now() - began)
          }
        }
      }
      return statement
    }
  }
})()

/** Wraps Next's cache handler base class once, so that its expiries and writes are noted while a watch runs. */
const patchNextCache = (() => {
  let patched = false
  return () => {
    if (patched) return
    patched = true
    /** @type {{ prototype: Record<string, (...args: any[]) => Promise<unknown>> }} */
    const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
    const { revalidateTag, set } = FileSystemCache.prototype
    FileSystemCache.prototype.revalidateTag = async function (/** @type {any[]} */ ...args) {
      const started = performance.now()
      try {
        return await revalidateTag?.apply(this, args)
      } finally {
        const tags = typeof args[0] === 'string' ? [args[0]] : Array.isArray(args[0]) ? args[0] : []
        watch?.expiries.push({ at: Date.now(), ms: performance.now() - started, tags })
      }
    }
    FileSystemCache.prototype.set = function (/** @type {any[]} */ ...args) {
      const [key, data, context] = args
      const kind = String(data?.kind ?? 'none')
      const tags = String(data?.headers?.['x-next-cache-tags'] ?? (Array.isArray(context?.tags) ? context.tags.join(',') : ''))
      watch?.written.push({ at: Date.now(), kind, key: kind === 'FETCH' ? String(context?.fetchUrl ?? key).slice(0, 80) : String(key), tags })
      return /** @type {Promise<unknown>} */ (set?.apply(this, args))
    }
  }
})()

const start = () => {
  patchNextCache()
  patchLibsql()
  const overall = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
  const second = monitorEventLoopDelay({ resolution: RESOLUTION_MS })
  overall.enable()
  second.enable()
  /** @type {NonNullable<typeof watch>['seconds']} */
  const seconds = []
  const timer = setInterval(() => {
    if (!watch) return
    seconds.push({ at: Date.now(), max: toMs(second.max), p99: toMs(second.percentile(99)), sqliteMs: Math.round(watch.secondSqliteMs) })
    watch.secondSqliteMs = 0
    second.reset()
  }, 1_000)
  watch = { started: Date.now(), overall, second, seconds, timer, expiries: [], written: [], sqlite: newSqlite(), secondSqliteMs: 0 }
  if (profiling) {
    const session = new Session()
    session.connect()
    session.post('Profiler.enable', () => session.post('Profiler.start'))
    watch.session = session
  }
  writeFileSync(path.join(dir, 'probe.started'), String(watch.started))
}

const stop = () => {
  const current = watch
  if (!current) return
  watch = undefined
  clearInterval(current.timer)
  current.overall.disable()
  current.second.disable()
  const { overall } = current
  const result = {
    started: current.started,
    stopped: Date.now(),
    loopDelay: { p50: toMs(overall.percentile(50)), p99: toMs(overall.percentile(99)), max: toMs(overall.max), mean: toMs(overall.mean) },
    seconds: current.seconds,
    expiries: current.expiries,
    written: current.written,
    sqlite: {
      ...current.sqlite,
      bySql: [...current.sqlite.bySql]
        .map(([sql, { count, ms }]) => ({ sql, count, ms: Math.round(ms) }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 40),
    },
  }
  // Written aside and renamed, so that the bench, which waits for the file, never reads half of it.
  const finish = () => {
    writeFileSync(path.join(dir, 'probe.json.partial'), JSON.stringify(result))
    renameSync(path.join(dir, 'probe.json.partial'), path.join(dir, 'probe.json'))
  }
  const { session } = current
  if (!session) return finish()
  session.post('Profiler.stop', (error, answer) => {
    if (!error) writeFileSync(path.join(dir, 'probe.cpuprofile'), JSON.stringify(answer.profile))
    session.disconnect()
    finish()
  })
}

process.on('SIGUSR2', () => (watch ? stop() : start()))
