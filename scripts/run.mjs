// @ts-check
/**
 * `node scripts/run.mjs <command> [args...]`: runs the operator command scripts/<command>.ts as
 * JavaScript. Every command (start, seed, migrate, backup, restore, media:check, bench, the
 * generators, the test runner) is compiled once with esbuild into .warta/scripts/<fingerprint>/, keyed
 * like the app's build by a hash of its sources (scripts, src, payload.config.ts, tsconfig.json,
 * package-lock.json; tests excluded), then run by Node as it is. Nothing loads TypeScript at run time:
 * packages stay in node_modules and are loaded by Node as they are; only our own code is bundled.
 *
 * The command runs in a process of its own, started with the `production` export condition. Lexical's
 * packages (behind Payload's rich-text editor) otherwise resolve on Node to entry points that pick
 * their real module with a top-level `await import()`, and Node 20 sometimes never settles the
 * evaluation of that diamond of modules (nodejs/node#58398): the process then sits idle forever or
 * exits 13 having done nothing. That, not the TypeScript loader, was the hang blamed on it. With the
 * condition, every lexical package resolves straight to its production build, which has no top-level
 * await. This process only compiles, waits, and passes signals and the exit code on.
 *
 * A compilation is written to a folder of its own and renamed into place when complete, so two
 * commands started together, or one killed halfway, never run half a build. The newest three builds
 * are kept, so a command still running from an older one keeps its files.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { build, version as esbuildVersion } from 'esbuild'

import { fingerprintOf } from './lib/fingerprint.mjs'

const ROOT = process.cwd()
const SCRIPTS = path.join(ROOT, 'scripts')
const OUT_ROOT = path.join(ROOT, '.warta', 'scripts')
const INPUTS = ['scripts', 'src', 'payload.config.ts', 'tsconfig.json', 'package-lock.json']
const KEEP = 3

/** The commands: every TypeScript file directly in scripts/, by name (`migrateCreate`, `mediaCheck`). */
const commands = () =>
  readdirSync(SCRIPTS)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => file.slice(0, -'.ts'.length))
    .sort()

const require = createRequire(path.join(ROOT, 'package.json'))

/**
 * Node's ESM loader finds a subpath of a package without an `exports` map only by its exact file name
 * (`next/cache.js`), where bundlers and TypeScript accept `next/cache`. Such imports are rewritten to
 * the file Node's CommonJS resolution finds; everything else is left to Node as written.
 * @type {import('esbuild').Plugin}
 */
const exactSubpaths = {
  name: 'exact-subpaths',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(@[^/]+\/)?[^./@][^/]*\/./ }, ({ path: specifier }) => {
      const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')
      let manifest
      try {
        manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'))
      } catch {
        return { path: specifier, external: true }
      }
      if (manifest.exports) return { path: specifier, external: true }
      const file = require.resolve(specifier)
      const packageRoot = path.dirname(require.resolve(`${name}/package.json`))
      return { path: `${name}/${path.relative(packageRoot, file).split(path.sep).join('/')}`, external: true }
    })
  },
}

/** @param {string} dir */
const removeOldBuilds = (dir) => {
  const builds = readdirSync(OUT_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.includes('.'))
    .map((entry) => ({ name: entry.name, mtime: statSync(path.join(OUT_ROOT, entry.name)).mtimeMs }))
    .filter((entry) => entry.name !== path.basename(dir))
    .sort((a, b) => b.mtime - a.mtime)
  for (const old of builds.slice(KEEP - 1)) rmSync(path.join(OUT_ROOT, old.name), { recursive: true, force: true })
  // Unfinished compilations of processes that are gone (`<fingerprint>.partial-<pid>`).
  for (const entry of readdirSync(OUT_ROOT)) {
    const pid = Number(/\.partial-(\d+)$/.exec(entry)?.[1])
    if (pid && !isAlive(pid)) rmSync(path.join(OUT_ROOT, entry), { recursive: true, force: true })
  }
}

/** @param {number} pid */
const isAlive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM'
  }
}

/** The folder of compiled commands for the current sources, compiled now if there is none. */
const compiledCommands = async () => {
  const fingerprint = fingerprintOf(ROOT, INPUTS, `esbuild ${esbuildVersion}`).slice(0, 20)
  const dir = path.join(OUT_ROOT, fingerprint)
  if (existsSync(dir)) return dir

  const started = Date.now()
  // Said only to a person at a terminal: a command's own output (and a test reading it) stays its own.
  const say = (/** @type {string} */ line) => process.stderr.isTTY && process.stderr.write(`${line}\n`)
  say('Menyiapkan perintah: mengompilasi scripts/ dan src/ dengan esbuild...')
  mkdirSync(OUT_ROOT, { recursive: true })
  const partial = `${dir}.partial-${process.pid}`
  rmSync(partial, { recursive: true, force: true })
  await build({
    entryPoints: commands().map((name) => ({ in: path.join(SCRIPTS, `${name}.ts`), out: name })),
    outdir: partial,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // node_modules stay where they are, loaded by Node as the app loads them; our own modules
    // (including the @/ and @payload-config paths of tsconfig.json) are bundled.
    packages: 'external',
    plugins: [exactSubpaths],
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    jsx: 'automatic',
    // Stylesheets belong to the admin's browser bundle, which Next builds; the commands never need them.
    loader: { '.css': 'empty', '.scss': 'empty' },
    sourcemap: 'linked',
    logLevel: 'warning',
  })
  try {
    renameSync(partial, dir)
  } catch (error) {
    // Another command compiled the same sources first: its build is as good as this one.
    if (!existsSync(dir)) throw error
    rmSync(partial, { recursive: true, force: true })
  }
  removeOldBuilds(dir)
  say(`Perintah siap (${((Date.now() - started) / 1000).toFixed(1)} s).`)
  return dir
}

const [command] = process.argv.slice(2)
if (!command || !commands().includes(command)) {
  process.stderr.write(`Usage: node scripts/run.mjs <command> [args...]\nCommands: ${commands().join(', ')}\n`)
  process.exit(2)
}
const entry = path.join(await compiledCommands(), `${command}.mjs`)
// The command reads its own arguments from process.argv.slice(2), as if it had been started directly.
const child = spawn(process.execPath, ['--conditions=production', '--enable-source-maps', entry, ...process.argv.slice(3)], { stdio: 'inherit' })
// Ctrl-C reaches the whole process group, the command included: this process waits for its exit.
process.on('SIGINT', () => {})
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGHUP'])) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : signal ? 1 : 0)))
