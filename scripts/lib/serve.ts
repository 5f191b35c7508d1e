import { spawn } from 'node:child_process'

import { COLLECTIONS } from '@/constants/collections'
import { seed } from '@/seed'
import { seedUsers } from '@/seed/data/users'

import { buildIfNeeded } from './build'
import { printDemoLogins } from './demoLogins'
import { migrateDatabase, scriptPayload } from './payload'

/**
 * What `npm start` does: build the production app if its inputs changed, create or migrate the
 * database, seed the demo content into an empty one, then serve on PORT (default 3000) with Next's
 * production server (hardened: scripts/lib/http) until that process ends.
 */
export const serve = async (): Promise<never> => {
  const port = process.env.PORT || '3000'
  buildIfNeeded()

  const payload = await scriptPayload()
  await migrateDatabase(payload)
  const { totalDocs: users } = await payload.count({ collection: COLLECTIONS.users })
  if (users === 0) {
    payload.logger.info('Empty database: adding the demo content...')
    const created = await seed(payload)
    payload.logger.info({ msg: 'Demo content added', created })
  }
  const demoAdmin = await payload.count({ collection: COLLECTIONS.users, where: { email: { equals: seedUsers[0]?.email } } })
  await payload.destroy()

  // Next's request handler behind the security headers and the inline-script hashes of the
  // Content-Security-Policy (scripts/lib/http/nextServer.mjs): what `next start` serves, hardened.
  const server = spawn(process.execPath, ['scripts/lib/http/nextServer.mjs'], {
    stdio: 'inherit',
    // Two malloc arenas: libvips (sharp) otherwise fragments memory across many, and RSS grows by
    // hundreds of MB per photo upload (sharp's documentation recommends this or jemalloc).
    env: { MALLOC_ARENA_MAX: '2', ...process.env, NODE_ENV: 'production', PORT: port },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  server.on('spawn', () => {
    process.stdout.write(`\nWarta is starting on http://localhost:${port} (admin: http://localhost:${port}/admin)\n`)
    if (demoAdmin.totalDocs > 0) printDemoLogins()
  })
  return new Promise<never>(() => {
    server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
  })
}
