/**
 * Load from Debian's wrk (C, one event loop per thread): on 2 cores a Node load generator costs more
 * CPU per request than Varnish or nginx spend answering it, and would measure itself. Each run's
 * figures come from a Lua `done` hook as one JSON line, so nothing depends on wrk's text layout.
 */
import { execFile } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import { endedChildrenCpuSeconds } from './processCpu'

const execFileAsync = promisify(execFile)

export type WrkLoad = { threads: number; connections: number; seconds: number; headers: Record<string, string> }

/** A fixed path, or `{ pattern }` with `{n}` replaced by a number no other request of the run had. */
export type WrkTarget = string | { pattern: string }

export type WrkFigures = {
  rps: number
  requests: number
  /** Latency in ms. */
  p50: number
  p99: number
  /** Answers with a status of 400 or more (wrk's "status errors"). */
  failedStatus: number
  /** Connect, read, write errors and timeouts. */
  socketErrors: number
  /** wrk's own CPU time per request, in microseconds. */
  loadCpuUs?: number
}

const DONE = `
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK_JSON {"requests":%.0f,"duration":%.0f,"status":%.0f,"socket":%.0f,"p50":%.0f,"p99":%.0f}\\n',
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
`

/**
 * A new path per request: each thread numbers its requests, behind the thread's own number. Only
 * these runs define `request()`, which costs wrk a Lua call per request; a fixed path uses the
 * request wrk prepared once.
 */
const newPathPerRequest = (pattern: string): string => {
  const [before, after = ''] = pattern.split('{n}')
  return `
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
local n = 0
function request()
  n = n + 1
  return wrk.format(nil, ${JSON.stringify(before)} .. id .. "-" .. n .. ${JSON.stringify(after)})
end
`
}

/** One wrk run against `origin` (`http://127.0.0.1:port`); `scriptDir` is a folder for its Lua file. */
export const runWrk = async (origin: string, target: WrkTarget, load: WrkLoad, scriptDir: string): Promise<WrkFigures> => {
  const script = path.join(scriptDir, `wrk-${process.pid}.lua`)
  writeFileSync(script, `${typeof target === 'string' ? '' : newPathPerRequest(target.pattern)}${DONE}`)
  const url = `${origin}${typeof target === 'string' ? target : '/'}`
  const headers = Object.entries(load.headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`])
  const args = [
    '-t',
    String(load.threads),
    '-c',
    String(load.connections),
    '-d',
    `${load.seconds}s`,
    '--timeout',
    '5s',
    ...headers,
    '-s',
    script,
    url,
  ]
  const cpuBefore = endedChildrenCpuSeconds()
  const { stdout } = await execFileAsync('wrk', args, { maxBuffer: 4 * 1024 * 1024 })
  const cpuAfter = endedChildrenCpuSeconds()
  const line = stdout.split('\n').find((l) => l.startsWith('WRK_JSON '))
  if (!line) throw new Error(`wrk printed no figures for ${url}:\n${stdout}`)
  const run = JSON.parse(line.slice('WRK_JSON '.length)) as {
    requests: number
    duration: number
    status: number
    socket: number
    p50: number
    p99: number
  }
  return {
    rps: run.requests / (run.duration / 1e6),
    requests: run.requests,
    p50: run.p50 / 1000,
    p99: run.p99 / 1000,
    failedStatus: run.status,
    socketErrors: run.socket,
    loadCpuUs: cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) * 1e6) / run.requests,
  }
}
