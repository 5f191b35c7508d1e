import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { interruptedRestore } from '@/backup/restoreMarker'
import { COLLECTIONS } from '@/constants/collections'
import { seed, type SeedProgress } from '@/seed'
import { seedUsers } from '@/seed/data/users'

import { buildIfNeeded, buildOrigin } from './build'
import { printDemoLogins } from './demoLogins'
import { migrateDatabase, scriptPayload } from './payload'

const PHASES = 4
const STAGE_NAMES: Record<SeedProgress['stage'], string> = { units: 'satuan', activityTypes: 'jenis kegiatan', tags: 'tag', users: 'akun', reports: 'laporan dan foto' }

const say = (line: string) => process.stdout.write(`${line}\n`)
const phase = (n: number, what: string) => say(`\n[${n}/${PHASES}] ${what}...`)
const since = (started: number) => `${((Date.now() - started) / 1000).toFixed(0)} s`

/**
 * A seed that `npm start` began and has not finished (killed halfway) is marked by a file, so that the
 * next start finishes it (the seed adds only what is missing) instead of serving half the demo.
 * One marker per database.
 */
const unfinishedSeedMarker = (): string => {
  const database = createHash('sha256').update(process.env.DATABASE_URL || 'default').digest('hex').slice(0, 16)
  return path.join(process.cwd(), '.warta', `seed-unfinished-${database}`)
}

/** Seed progress as a few lines: every kind once it is complete, the reports every fifth. */
const seedProgress = (step: SeedProgress) => {
  if (step.done === step.total || (step.stage === 'reports' && step.done % 5 === 0)) say(`      ${STAGE_NAMES[step.stage]}: ${step.done} dari ${step.total}`)
}

/**
 * The first three phases of `npm start`, one announced at a time: build the production app if its
 * inputs changed, create or migrate the database, seed the demo content into an empty one. Also what
 * `npm run cluster` does before it starts its processes. Says whether the demo admin exists.
 */
export const prepare = async (): Promise<{ demoAdmin: boolean }> => {
  // A restore that was interrupted left the database and the media folder of two different moments.
  const restore = await interruptedRestore()
  if (restore) {
    process.stderr.write(
      `Error: a restore of ${restore.archive} (backup of ${restore.createdAt}) began at ${restore.startedAt} and did not finish, so the database and the media folder may not match. Run \`npm run restore -- ${restore.archive}\` again to finish it; the server was not started.\n`,
    )
    process.exit(1)
  }

  phase(1, `Membangun aplikasi untuk ${buildOrigin(process.env)} (pertama kali sekitar dua menit)`)
  const build = await buildIfNeeded({ progress: say })
  say(build.built ? `      selesai dalam ${build.seconds} s` : '      tidak ada perubahan: memakai hasil build yang ada')

  phase(2, 'Menyiapkan basis data (migrasi)')
  let step = Date.now()
  const payload = await scriptPayload()
  await migrateDatabase(payload)
  say(`      basis data mutakhir (${since(step)})`)

  phase(3, 'Mengisi konten contoh')
  step = Date.now()
  const marker = unfinishedSeedMarker()
  const { totalDocs: users } = await payload.count({ collection: COLLECTIONS.users })
  if (users === 0 || existsSync(marker)) {
    if (users > 0) say('      melanjutkan pengisian yang terputus sebelumnya')
    mkdirSync(path.dirname(marker), { recursive: true })
    writeFileSync(marker, `${new Date().toISOString()}\n`)
    const created = await seed(payload, { progress: seedProgress })
    rmSync(marker, { force: true })
    say(`      selesai dalam ${since(step)}: ${created.reports} laporan, ${created.media} foto, ${created.users} akun baru`)
  } else {
    say(`      dilewati: basis data sudah berisi ${users} akun`)
  }
  const demoAdmin = await payload.count({ collection: COLLECTIONS.users, where: { email: { equals: seedUsers[0]?.email } } })
  await payload.destroy()
  return { demoAdmin: demoAdmin.totalDocs > 0 }
}

/**
 * What `npm start` does: `prepare`, then serve on PORT (default 3000) with Next's production server
 * (hardened: src/server) until that process ends.
 */
export const serve = async (): Promise<never> => {
  const started = Date.now()
  const port = process.env.PORT || '3000'
  const { demoAdmin } = await prepare()

  // Next's request handler behind the security headers and the inline-script hashes of the
  // Content-Security-Policy (src/server/nextServer.mjs): what `next start` serves, hardened.
  phase(4, 'Menjalankan server')
  const server = spawn(process.execPath, ['src/server/nextServer.mjs'], {
    stdio: ['inherit', 'pipe', 'inherit'],
    // Two malloc arenas: libvips (sharp) otherwise fragments memory across many, and RSS grows by
    // hundreds of MB per photo upload (sharp's documentation recommends this or jemalloc).
    env: { MALLOC_ARENA_MAX: '2', ...process.env, NODE_ENV: 'production', PORT: port },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  let ready = false
  server.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk)
    if (ready || !chunk.toString('utf8').includes('Ready on')) return
    ready = true
    say(`\nWarta siap di http://localhost:${port} (admin: http://localhost:${port}/admin), ${since(started)} sejak npm start.`)
    if (demoAdmin) printDemoLogins()
  })
  return new Promise<never>(() => {
    server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
  })
}
