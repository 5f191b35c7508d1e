import { spawn, type ChildProcess } from 'node:child_process'

import { BackupError } from './errors'

const INSTALL_HINT: Record<string, string> = {
  pg_dump: 'install the PostgreSQL client tools (Debian: apt-get install postgresql-client)',
  pg_restore: 'install the PostgreSQL client tools (Debian: apt-get install postgresql-client)',
  psql: 'install the PostgreSQL client tools (Debian: apt-get install postgresql-client)',
  mongodump: 'install the MongoDB Database Tools (mongodump, mongorestore) from mongodb.com',
  mongorestore: 'install the MongoDB Database Tools (mongodump, mongorestore) from mongodb.com',
}

/** Resolves when the tool exits 0; a missing tool is TOOL_MISSING, a non-zero exit TOOL_FAILED with its error output. */
const exited = (child: ChildProcess, command: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const err: Buffer[] = []
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') reject(new BackupError('TOOL_MISSING', `${command} was not found on PATH: ${INSTALL_HINT[command] ?? 'install it'}.`))
      else reject(error)
    })
    child.on('close', (code, signal) => {
      if (code === 0) resolve()
      else reject(new BackupError('TOOL_FAILED', `${command} failed (${signal ? `signal ${signal}` : `exit ${code}`}): ${Buffer.concat(err).toString('utf8').trim() || 'no error output'}`))
    })
  })

/**
 * Runs a database tool and resolves with its stdout. A missing tool is TOOL_MISSING, a non-zero exit
 * TOOL_FAILED with the tool's own error output. Secrets go in `env`, never in `args`, which any local
 * user can read in the process list.
 */
export const runTool = async (command: string, args: string[], env: Record<string, string> = {}): Promise<string> => {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  const out: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
  await exited(child, command)
  return Buffer.concat(out).toString('utf8')
}

export type ToolCall = { command: string; args: string[] }

/**
 * Runs `from | to`, as runTool runs one tool, with `before` written to the input of `to` ahead of the
 * output of `from`, and `after` behind it. `after` (a COMMIT) is written, and the input closed, only
 * once `from` has exited successfully: when `from` fails, `to` is killed, and when this process is
 * killed `to` reads the end of its input without `after`, so a transaction is never committed half done.
 */
export const pipeTools = async (from: ToolCall, to: ToolCall, env: Record<string, string> = {}, { before = '', after = '' } = {}): Promise<void> => {
  const options = { env: { ...process.env, ...env } }
  const producer = spawn(from.command, from.args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  const consumer = spawn(to.command, to.args, { ...options, stdio: ['pipe', 'ignore', 'pipe'] })
  // EPIPE when the consumer stops early: its own exit says why.
  consumer.stdin.on('error', () => {})
  consumer.stdin.write(before)
  producer.stdout.pipe(consumer.stdin, { end: false })
  const produced = exited(producer, from.command).then(
    () => void consumer.stdin.end(after),
    (error: unknown) => {
      consumer.kill('SIGKILL')
      throw error
    },
  )
  const consumed = exited(consumer, to.command).catch((error: unknown) => {
    producer.kill('SIGKILL')
    throw error
  })
  const [production, consumption] = await Promise.allSettled([produced, consumed])
  // Report the tool that failed first, not the one killed because of it.
  if (consumption.status === 'rejected' && producer.signalCode === 'SIGKILL') throw consumption.reason
  if (production.status === 'rejected') throw production.reason
  if (consumption.status === 'rejected') throw consumption.reason
}
