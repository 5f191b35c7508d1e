// `node scripts/lib/runTs.mjs [--idle] <script.ts> [args...]`: runs a TypeScript script with tsx, and
// starts it again if it stays silent while loading. On Node 20, tsx 4.22 (the version Payload's own bin
// pins) sometimes never finishes loading a module graph it has not compiled before: the process sits
// idle with no output (see the README's known limits). The scripts run through here print a line as
// soon as their imports have loaded, so silence past LOAD_TIMEOUT_MS means that hang, not slow work.
// With --idle, for short scripts that import more modules as they go (Payload's generate:types loads
// its translations and the type compiler after its first log line), any silence that long is the hang,
// not only the first one: the script must be safe to start again.
import { spawn } from 'node:child_process'

const LOAD_TIMEOUT_MS = Number(process.env.TSX_LOAD_TIMEOUT_MS || 90_000)
const ATTEMPTS = 3
const argv = process.argv.slice(2)
const idle = argv[0] === '--idle'
const [script, ...args] = idle ? argv.slice(1) : argv
if (!script) {
  process.stderr.write('usage: node scripts/lib/runTs.mjs [--idle] <script.ts> [args...]\n')
  process.exit(2)
}

const attempt = (n) => {
  // tsx as Node's loader rather than through its CLI, which would run the script in a process of its
  // own that a killed attempt would leave behind.
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './scripts/lib/keepAlive.mjs', script, ...args], {
    stdio: ['inherit', 'pipe', 'pipe'],
  })
  const killAll = (signal) => child.kill(signal)
  let loaded = false
  let watchdog
  const watch = () => {
    clearTimeout(watchdog)
    watchdog = setTimeout(() => {
      if (loaded && !idle) return
      child.removeAllListeners('close')
      killAll('SIGKILL')
      const silence = `${script} printed nothing in ${LOAD_TIMEOUT_MS / 1000} s ${loaded ? 'while running' : 'while loading'} (tsx hang)`
      if (n >= ATTEMPTS) {
        process.stderr.write(`${silence}; giving up after ${ATTEMPTS} attempts\n`)
        process.exit(1)
      }
      process.stderr.write(`${silence}; starting it again (attempt ${n + 1} of ${ATTEMPTS})\n`)
      attempt(n + 1)
    }, LOAD_TIMEOUT_MS)
  }
  watch()
  const relay = (stream) => (chunk) => {
    loaded = true
    if (idle) watch()
    stream.write(chunk)
  }
  child.stdout.on('data', relay(process.stdout))
  child.stderr.on('data', relay(process.stderr))
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => killAll(signal))
  child.on('close', (code, signal) => {
    clearTimeout(watchdog)
    process.exit(code ?? (signal ? 1 : 0))
  })
}

attempt(1)
