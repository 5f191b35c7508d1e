import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { connect, createServer } from 'node:net'

export type RedisServer = { url: string; port: number; stop: () => Promise<void> }

/** Whether Debian's redis-server is on the PATH (`apt-get install redis-server`; CI installs it). */
export const redisServerInstalled = (): boolean => spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))))
    })
  })

const answersPing = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1')
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(500, () => done(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')))
    socket.once('error', () => done(false))
  })

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()))

/**
 * A throwaway Redis for one test file: loopback only, nothing saved to disk, on a free port (or on
 * `port`, to bring one back where a stopped one was). Resolves once it answers PING.
 */
export const startRedisServer = async ({ port }: { port?: number } = {}): Promise<RedisServer> => {
  const chosen = port ?? (await freePort())
  const child = spawn('redis-server', ['--save', '', '--appendonly', 'no', '--port', String(chosen), '--bind', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited(child)
  }
  const deadline = Date.now() + 10_000
  while (!(await answersPing(chosen))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`redis-server on port ${chosen} did not answer PING: ${stderr.trim() || 'no output'}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return { url: `redis://127.0.0.1:${chosen}`, port: chosen, stop }
}
