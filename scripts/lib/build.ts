import { spawn } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { fingerprintOf } from './fingerprint.mjs'

const ROOT = process.cwd()
const STAMP = path.join(ROOT, '.next', 'warta-build-fingerprint')
const INPUTS = ['payload.config.ts', 'next.config.mjs', 'tsconfig.json', 'package-lock.json', 'src']
/** A line at least this often while Next works silently (its compile step prints nothing for a minute). */
const HEARTBEAT_MS = 15_000
/** Next's own lines worth relaying as progress; the rest (the route table) stays in the log of a failure. */
const PROGRESS_LINE = /Creating an optimized|Compiled|Collecting|Generating static|Finalizing|Failed|Error|error/

/** The public origin, as src/utilities/siteUrl.ts reads it from an environment. */
const serverUrlOf = (env: NodeJS.ProcessEnv): string => (env.SERVER_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, '')

/**
 * A hash of everything that goes into the production build (sources, config, lockfile; tests
 * excluded) and of the public origin: prerendered pages (robots.txt, /tentang) carry absolute URLs,
 * so another SERVER_URL needs another build.
 */
export const buildFingerprint = (env: NodeJS.ProcessEnv = process.env): string => fingerprintOf(ROOT, INPUTS, serverUrlOf(env))

export type BuildOutcome = { built: boolean; seconds: number }

/**
 * Runs `next build` unless the existing production build was made from the same inputs. While it
 * builds, `progress` gets Next's progress lines and, when Next is silent, the time spent so far; a
 * failed build prints what Next said and throws.
 */
export const buildIfNeeded = async ({ progress = (line: string) => process.stdout.write(`${line}\n`), env = process.env }: { progress?: (line: string) => void; env?: NodeJS.ProcessEnv } = {}): Promise<BuildOutcome> => {
  const fingerprint = buildFingerprint(env)
  const built = existsSync(path.join(ROOT, '.next', 'BUILD_ID')) && existsSync(STAMP)
  if (built && readFileSync(STAMP, 'utf8') === fingerprint) return { built: false, seconds: 0 }

  const started = Date.now()
  const seconds = () => Math.round((Date.now() - started) / 1000)
  const child = spawn('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, NODE_ENV: 'production' } })
  const output: string[] = []
  let lastSaid = Date.now()
  const say = (line: string) => {
    lastSaid = Date.now()
    progress(line)
  }
  const heartbeat = setInterval(() => {
    if (Date.now() - lastSaid >= HEARTBEAT_MS) say(`  ... ${seconds()} s`)
  }, 1_000)
  let partial = ''
  const relay = (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split(/\r?\n/)
    partial = lines.pop() ?? ''
    for (const line of lines) {
      output.push(line)
      const text = line.replace(/\x1b\[[0-9;]*m/g, '').trim()
      if (PROGRESS_LINE.test(text)) say(`  ${text} (${seconds()} s)`)
    }
  }
  child.stdout.on('data', relay)
  child.stderr.on('data', relay)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  }).finally(() => clearInterval(heartbeat))
  if (code !== 0) {
    process.stderr.write(`${[...output, partial].join('\n')}\n`)
    throw new Error(`next build failed with exit code ${code}`)
  }
  writeFileSync(STAMP, fingerprint)
  return { built: true, seconds: seconds() }
}

/** The origin a build is for, for the lines that announce one. */
export const buildOrigin = serverUrlOf
