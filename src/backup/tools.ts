import { spawn } from 'node:child_process'

import { BackupError } from './errors'

const INSTALL_HINT: Record<string, string> = {
  pg_dump: 'install the PostgreSQL client tools (Debian: apt-get install postgresql-client)',
  pg_restore: 'install the PostgreSQL client tools (Debian: apt-get install postgresql-client)',
  psql: 'install the PostgreSQL client tools (Debian: apt-get install postgresql-client)',
  mongodump: 'install the MongoDB Database Tools (mongodump, mongorestore) from mongodb.com',
  mongorestore: 'install the MongoDB Database Tools (mongodump, mongorestore) from mongodb.com',
}

/**
 * Runs a database tool and resolves with its stdout. A missing tool is TOOL_MISSING, a non-zero exit
 * TOOL_FAILED with the tool's own error output. Secrets go in `env`, never in `args`, which any local
 * user can read in the process list.
 */
export const runTool = (command: string, args: string[], env: Record<string, string> = {}): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') reject(new BackupError('TOOL_MISSING', `${command} was not found on PATH: ${INSTALL_HINT[command] ?? 'install it'}.`))
      else reject(error)
    })
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'))
      else reject(new BackupError('TOOL_FAILED', `${command} failed (exit ${code}): ${Buffer.concat(err).toString('utf8').trim() || 'no error output'}`))
    })
  })
