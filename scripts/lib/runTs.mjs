// `node scripts/lib/runTs.mjs <script.ts> [args...]`: runs a TypeScript script with tsx, and starts it
// again if it stays silent while loading. On Node 20, tsx 4.22 (the version Payload's own bin pins)
// sometimes never finishes loading a module graph it has not compiled before: the process sits idle
// with no output (see the README's known limits). The scripts run through here print a line as soon
// as their imports have loaded, so silence past LOAD_TIMEOUT_MS means that hang, not slow work.
import { spawn } from 'node:child_process'

const LOAD_TIMEOUT_MS = Number(process.env.TSX_LOAD_TIMEOUT_MS || 90_000)
const ATTEMPTS = 3
const [script, ...args] = process.argv.slice(2)
if (!script) {
  process.stderr.write('usage: node scripts/lib/runTs.mjs <script.ts> [args...]\n')
  process.exit(2)
}

const attempt = (n) => {
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--import', './scripts/lib/keepAlive.mjs', script, ...args], {
    stdio: ['inherit', 'pipe', 'inherit'],
  })
  let loaded = false
  const watchdog = setTimeout(() => {
    if (loaded) return
    child.removeAllListeners('exit')
    child.kill('SIGKILL')
    const silence = `${script} printed nothing in ${LOAD_TIMEOUT_MS / 1000} s while loading (tsx hang)`
    if (n >= ATTEMPTS) {
      process.stderr.write(`${silence}; giving up after ${ATTEMPTS} attempts\n`)
      process.exit(1)
    }
    process.stderr.write(`${silence}; starting it again (attempt ${n + 1} of ${ATTEMPTS})\n`)
    attempt(n + 1)
  }, LOAD_TIMEOUT_MS)
  child.stdout.on('data', (chunk) => {
    loaded = true
    process.stdout.write(chunk)
  })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => {
    clearTimeout(watchdog)
    process.exit(code ?? (signal ? 1 : 0))
  })
}

attempt(1)
