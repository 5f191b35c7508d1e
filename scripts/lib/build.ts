import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = process.cwd()
const STAMP = path.join(ROOT, '.next', 'warta-build-fingerprint')
const INPUTS = ['payload.config.ts', 'next.config.ts', 'tsconfig.json', 'package-lock.json', 'src']
const isTestFile = (file: string) => /\.(int\.)?spec\.tsx?$/.test(file) || file.includes(`${path.sep}testing${path.sep}`)

const listFiles = (entry: string): string[] => {
  const full = path.join(ROOT, entry)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [entry]
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name)))
}

/** The public origin, as src/utilities/siteUrl.ts reads it from an environment. */
const serverUrlOf = (env: NodeJS.ProcessEnv): string => (env.SERVER_URL || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, '')

/**
 * A hash of everything that goes into the production build (sources, config, lockfile; tests
 * excluded) and of the public origin: prerendered pages (robots.txt, /tentang) carry absolute URLs,
 * so another SERVER_URL needs another build.
 */
export const buildFingerprint = (env: NodeJS.ProcessEnv = process.env): string => {
  const hash = createHash('sha256').update(serverUrlOf(env)).update('\0')
  for (const file of INPUTS.flatMap(listFiles).filter((f) => !isTestFile(f)).sort()) {
    hash.update(file).update('\0').update(readFileSync(path.join(ROOT, file))).update('\0')
  }
  return hash.digest('hex')
}

/** Runs `next build` unless the existing production build was made from the same inputs. */
export const buildIfNeeded = (log: (line: string) => void = (line) => process.stdout.write(`${line}\n`), env: NodeJS.ProcessEnv = process.env): void => {
  const fingerprint = buildFingerprint(env)
  const built = existsSync(path.join(ROOT, '.next', 'BUILD_ID')) && existsSync(STAMP)
  if (built && readFileSync(STAMP, 'utf8') === fingerprint) {
    log('Reusing the existing production build.')
    return
  }
  log(`Building the production app for ${serverUrlOf(env)} (about two minutes on 2 cores)...`)
  const result = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env: { ...env, NODE_ENV: 'production' } })
  if (result.status !== 0) throw new Error(`next build failed with exit code ${result.status}`)
  writeFileSync(STAMP, fingerprint)
}
