import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { COLLECTIONS } from '@/constants/collections'
import { buildFeedDocument, SITE_FEED_SCOPE } from '@/data/feedDocument'
import { renditionsOf } from '@/media/renditionFiles'
import { seed } from '@/seed'
import { createTestDatabase, type TestDatabase } from '@/testing/testDatabase'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

import { extractArchive, writeArchive } from './archive'
import { databaseEngine } from './engine'
import type { BackupError } from './errors'
import { describeFiles, formatBytes, isFolderEmpty, listFiles } from './files'
import { MANIFEST_FILE, parseManifest, type Manifest, type ManifestFile } from './manifest'
import { formatCount } from './progress'
import { interruptedRestore, restoreBackup } from './restore'
import { RESTORE_MARKER } from './restoreMarker'

type Cli = { code: number | null; stdout: string; stderr: string }

/** `npm run <script> -- <args>` on the given instance, as an operator would run it. */
const npmRun = (script: 'backup' | 'restore' | 'start', args: string[], db: TestDatabase): Promise<Cli> =>
  new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: db.url, MEDIA_DIR: db.mediaDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })

const sha256 = (value: unknown) => createHash('sha256').update(typeof value === 'string' ? value : JSON.stringify(value)).digest('hex')
const hashed = (docs: { id: number | string }[]) => docs.map((doc) => ({ id: doc.id, sha256: sha256(doc) }))

/**
 * What a restore must reproduce: every published report as the public reads it (and as stored), every
 * workflow event and media record, the bytes of every media file, the site's feeds, and how many
 * records and report versions each collection holds.
 */
const fingerprint = async (payload: Payload, mediaDir: string) => {
  const all = { depth: 0, limit: 0, pagination: false, sort: 'id' } as const
  // Anonymous reader: no user, access enforced.
  const published = await payload.find({ collection: COLLECTIONS.reports, ...all, overrideAccess: false })
  // The audit trail and the stored documents are staff data: read as the system.
  const stored = await payload.find({ collection: COLLECTIONS.reports, ...all, draft: true, overrideAccess: true })
  const events = await payload.find({ collection: COLLECTIONS.workflowEvents, ...all, overrideAccess: true })
  const media = await payload.find({ collection: COLLECTIONS.media, ...all, overrideAccess: true })
  const counts: Record<string, number> = {}
  for (const { slug } of payload.config.collections) counts[slug] = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs
  counts['reports versions'] = (await payload.countVersions({ collection: COLLECTIONS.reports, overrideAccess: true })).totalDocs
  const { files } = await listFiles(mediaDir, { skipHidden: true })
  return {
    publishedReports: hashed(published.docs),
    storedReports: hashed(stored.docs),
    workflowEvents: hashed(events.docs),
    mediaRecords: hashed(media.docs),
    mediaFiles: await describeFiles(mediaDir, files),
    feeds: {
      rss: (await buildFeedDocument(payload, SITE_FEED_SCOPE, 'rss')).body,
      atom: (await buildFeedDocument(payload, SITE_FEED_SCOPE, 'atom')).body,
      json: (await buildFeedDocument(payload, SITE_FEED_SCOPE, 'json')).body,
    },
    counts,
    referencedFiles: media.docs.flatMap((doc) => [doc.filename, ...Object.values(renditionsOf(doc.renditions)).map((r) => r?.filename)]).filter((name): name is string => Boolean(name)),
  }
}

const readManifest = async (archive: string): Promise<Manifest> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'warta-manifest-'))
  try {
    await extractArchive(archive, dir)
    const { manifest, problems } = parseManifest(await readFile(path.join(dir, MANIFEST_FILE), 'utf8'))
    if (!manifest) throw new Error(problems.join('; '))
    return manifest
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** `  <label>: 3 of 3 files, 1.2 MB of 1.2 MB`: the final progress line of a phase over these files. */
const finished = (label: string, files: ManifestFile[]) => {
  const bytes = formatBytes(files.reduce((sum, file) => sum + file.size, 0))
  return `  ${label}: ${formatCount(files.length)} of ${formatCount(files.length)} files, ${bytes} of ${bytes}`
}

const lines = (stdout: string) => stdout.trimEnd().split('\n')

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** True when restore left the instance exactly as empty as it found it. */
const untouched = async (db: TestDatabase) => (await databaseEngine(db.url).isEmpty()) && (await isFolderEmpty(db.mediaDir))

describe(`backup and restore on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let source: TestPayload | undefined
  let restored: TestPayload | undefined
  let target: TestDatabase
  const spares: TestDatabase[] = []
  let work: string
  let archive: string
  let before: Awaited<ReturnType<typeof fingerprint>>
  let sourceMigrations: number

  const spare = async () => {
    const db = await createTestDatabase()
    spares.push(db)
    return db
  }

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'warta-backup-test-'))
    archive = path.join(work, 'nested', 'warta.tar.gz')
    source = await startTestPayload()
    await seed(source.payload)
    before = await fingerprint(source.payload, source.db.mediaDir)
    sourceMigrations = (await source.payload.count({ collection: 'payload-migrations' })).totalDocs
    target = await createTestDatabase()
  })
  afterAll(async () => {
    await source?.destroy()
    await restored?.destroy()
    for (const db of spares) await db.drop()
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('should back up a running instance into one archive with a checksum for every file', async () => {
    expect(before.publishedReports.length).toBeGreaterThan(0)
    expect(before.mediaFiles.length).toBeGreaterThan(before.mediaRecords.length)
    expect(before.feeds.rss).toContain('<enclosure')

    // The source's Payload is still connected (and on SQLite in WAL mode) while the backup runs.
    const run = await npmRun('backup', ['--out', archive], source!.db)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Database: /m)
    expect(run.stdout).toMatch(/^Backup written: /m)

    const manifest = await readManifest(archive)
    // Each long phase ends with files and bytes done of total; the last line, and the only summary,
    // says what was written and how long it took.
    const out = lines(run.stdout)
    const media = manifest.files.filter((file) => file.path.startsWith('media/'))
    expect(out).toContain(finished('staging media', media))
    expect(out).toContain(finished('checksums', manifest.files))
    const count = formatCount(manifest.files.length + 1)
    expect(out.filter((line) => line.startsWith('  writing archive: '))).toEqual([expect.stringMatching(new RegExp(`^  writing archive: ${count} of ${count} files, (\\S+ \\S+) of \\1$`))])
    expect(out.filter((line) => line.startsWith('Backup written'))).toHaveLength(1)
    const summary = `Backup written: ${archive} (${formatCount(manifest.files.length)} files, ${formatBytes((await stat(archive)).size)}) in `
    expect(out.at(-1)).toMatch(new RegExp(`^${escape(summary)}\\d+(\\.\\d)? s$`))

    expect(manifest.database.kind).toBe(source!.db.kind)
    expect(manifest.files.filter((file) => file.path.startsWith('media/')).map(({ path: p, ...rest }) => ({ path: p.slice('media/'.length), ...rest }))).toEqual(before.mediaFiles)
    expect(manifest.files.map((file) => file.path)).toContain(manifest.database.file)

    // A second backup to the same file is refused without --force.
    const again = await npmRun('backup', ['--out', archive], source!.db)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already exists.*--force/)

    // The rest of the suite works from the archive alone.
    await source!.destroy()
    source = undefined
  })

  it('should refuse an archive whose checksum does not match, and write nothing', async () => {
    const unpacked = path.join(work, 'tampered')
    await mkdir(unpacked)
    await extractArchive(archive, unpacked)
    const manifest = parseManifest(await readFile(path.join(unpacked, MANIFEST_FILE), 'utf8')).manifest as Manifest
    const victim = manifest.files.find((file) => file.path.startsWith('media/')) as Manifest['files'][number]
    const bytes = await readFile(path.join(unpacked, victim.path))
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] as number) ^ 0xff
    await writeFile(path.join(unpacked, victim.path), bytes)
    const tampered = path.join(work, 'tampered.tar.gz')
    await writeArchive(unpacked, [MANIFEST_FILE, ...manifest.files.map((file) => file.path)], tampered)

    const empty = await spare()
    const run = await npmRun('restore', [tampered], empty)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`${victim.path} does not match its SHA-256 checksum`)
    expect(run.stderr).toContain('nothing was restored')
    expect(await untouched(empty)).toBe(true)

    const truncated = path.join(work, 'truncated.tar.gz')
    await writeFile(truncated, (await readFile(archive)).subarray(0, 4096))
    const cut = await npmRun('restore', [truncated], empty)
    expect(cut.code).toBe(1)
    expect(cut.stderr).toMatch(/damaged/)
    expect(await untouched(empty)).toBe(true)
    // No unpacked leftovers beside the media folder.
    expect((await readdir(path.dirname(empty.mediaDir))).filter((name) => name.startsWith('.warta-restore-'))).toEqual([])
  })

  it('should restore the archive into an empty database and media folder', async () => {
    const run = await npmRun('restore', [archive], target)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('every checksum matches')

    const manifest = await readManifest(archive)
    const out = lines(run.stdout)
    const count = formatCount(manifest.files.length + 1)
    expect(out.filter((line) => line.startsWith('  unpacking: ')).at(-1)).toMatch(new RegExp(`^  unpacking: ${count} of ${count} files, (\\S+ \\S+) of \\1$`))
    expect(out).toContain(finished('checksums', manifest.files))
    expect(out).toContain(finished('moving media', manifest.files.filter((file) => file.path.startsWith('media/'))))
    expect(out.filter((line) => line.startsWith('Restore finished'))).toHaveLength(1)
    const total = formatBytes(manifest.files.reduce((sum, file) => sum + file.size, 0))
    const summary = `Restore finished: backup of ${manifest.createdAt}, ${formatCount(manifest.files.length)} files, ${total}, in `
    expect(out.at(-1)).toMatch(new RegExp(`^${escape(summary)}\\d+(\\.\\d)? s$`))
    expect(await interruptedRestore(target.mediaDir)).toBeNull()
  })

  it('should refuse to restore over a database or media folder that is not empty without --force', async () => {
    const run = await npmRun('restore', [archive], target)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/Refusing to restore: the database .* and the media folder .* are not empty.*--force/)

    const mediaOnly = await spare()
    await mkdir(mediaOnly.mediaDir, { recursive: true })
    await writeFile(path.join(mediaOnly.mediaDir, 'stray.jpg'), 'not a photo')
    const media = await npmRun('restore', [archive], mediaOnly)
    expect(media.code).toBe(1)
    expect(media.stderr).toMatch(/the media folder .* is not empty/)
    expect(await databaseEngine(mediaOnly.url).isEmpty()).toBe(true)

    // With --force the target is replaced by the archive's contents (checked in the next test).
    await writeFile(path.join(target.mediaDir, 'stray.jpg'), 'not a photo')
    const forced = await npmRun('restore', ['--force', archive], target)
    expect(forced.stderr).toBe('')
    expect(forced.code).toBe(0)
    expect(forced.stdout).toContain('replacing what it held: --force')
  })

  it('should resume a restore interrupted after the database step, and refuse another archive until it is finished', async () => {
    const half = await spare()
    const marker = path.join(path.dirname(half.mediaDir), RESTORE_MARKER)
    let moved = 0
    // The disk fills up while the media files are moved in, after the database was restored.
    const interrupted = restoreBackup({
      archive,
      databaseUrl: half.url,
      mediaDir: half.mediaDir,
      beforeMediaMove: () => {
        if (++moved > 3) throw new Error('ENOSPC: no space left on device')
      },
    })
    await expect(interrupted).rejects.toThrow('ENOSPC')
    expect(await databaseEngine(half.url).isEmpty()).toBe(false)
    expect((await listFiles(half.mediaDir)).files).toHaveLength(3)
    expect(await interruptedRestore(half.mediaDir)).toMatchObject({ archive })
    expect((await readdir(path.dirname(half.mediaDir))).filter((name) => name.startsWith('.warta-restore-'))).toEqual([RESTORE_MARKER])

    // Another backup is refused while the first one is unfinished, and nothing is changed.
    const other = path.join(work, 'other.tar.gz')
    const unpacked = path.join(work, 'other')
    await mkdir(unpacked)
    await extractArchive(archive, unpacked)
    const manifest = parseManifest(await readFile(path.join(unpacked, MANIFEST_FILE), 'utf8')).manifest as Manifest
    await writeFile(path.join(unpacked, MANIFEST_FILE), JSON.stringify({ ...manifest, createdAt: '2026-01-01T00:00:00.000Z' }))
    await writeArchive(unpacked, [MANIFEST_FILE, ...manifest.files.map((file) => file.path)], other)
    const refusal = await restoreBackup({ archive: other, databaseUrl: half.url, mediaDir: half.mediaDir }).catch((error: BackupError) => error)
    expect(refusal).toMatchObject({ code: 'RESTORE_INTERRUPTED' })
    const refused = await npmRun('restore', [other], half)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/a restore of .*warta\.tar\.gz .* was interrupted.*--force/)
    expect((await listFiles(half.mediaDir)).files).toHaveLength(3)
    expect(await interruptedRestore(half.mediaDir)).toMatchObject({ archive })

    // Nor is the half-restored instance served: `npm start` stops before its first phase.
    const start = await npmRun('start', [], half)
    expect(start.code).toBe(1)
    expect(start.stderr).toContain(`a restore of ${archive}`)
    expect(start.stdout).not.toContain('[1/4]')

    // The same command again finishes the job, without --force.
    const resumed = await npmRun('restore', [archive], half)
    expect(resumed.stderr).toBe('')
    expect(resumed.code).toBe(0)
    expect(resumed.stdout).toContain(`Resuming an interrupted restore of ${archive}`)
    expect(lines(resumed.stdout).at(-1)).toMatch(/^Restore finished: /)
    const { files } = await listFiles(half.mediaDir, { skipHidden: true })
    expect(await describeFiles(half.mediaDir, files)).toEqual(before.mediaFiles)
    expect(await interruptedRestore(half.mediaDir)).toBeNull()
    expect(await readFile(marker).catch(() => null)).toBeNull()
  })

  it('should start Payload on the restored database with identical reports, workflow events, media files and feeds', async () => {
    // A new module graph, so the Payload config reads the restored database's DATABASE_URL and MEDIA_DIR.
    vi.resetModules()
    const fresh = await import('@/testing/testPayload')
    restored = await fresh.startTestPayload({ database: target, migrate: false })
    const payload = restored.payload

    // The migrations came along with the dump: running them changes nothing.
    expect((await payload.count({ collection: 'payload-migrations' })).totalDocs).toBe(sourceMigrations)
    await fresh.migrate(payload, target.kind)
    expect((await payload.count({ collection: 'payload-migrations' })).totalDocs).toBe(sourceMigrations)

    const after = await fingerprint(payload, target.mediaDir)
    expect(after.publishedReports).toEqual(before.publishedReports)
    expect(after.storedReports).toEqual(before.storedReports)
    expect(after.workflowEvents).toEqual(before.workflowEvents)
    expect(after.mediaRecords).toEqual(before.mediaRecords)
    expect(after.mediaFiles).toEqual(before.mediaFiles)
    expect(after.counts).toEqual(before.counts)
    // Byte-identical feeds.
    expect(Buffer.from(after.feeds.rss, 'utf8').equals(Buffer.from(before.feeds.rss, 'utf8'))).toBe(true)
    expect(after.feeds).toEqual(before.feeds)
    // No media record points at a file that did not come back.
    const present = new Set(after.mediaFiles.map((file) => file.path))
    expect(after.referencedFiles.filter((name) => !present.has(name))).toEqual([])
  })

  it('should leave no archive when a backup is killed while writing it, and the next backup cleans up after it', async () => {
    // A large file that does not compress, so that writing the archive takes a moment.
    await writeFile(path.join(target.mediaDir, 'large-scan.bin'), randomBytes(48 * 1024 * 1024))
    const dir = path.join(work, 'killed')
    const out = path.join(dir, 'warta.tar.gz')
    const child = spawn('npm', ['run', '--silent', 'backup', '--', '--out', out], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: target.url, MEDIA_DIR: target.mediaDir },
      stdio: 'ignore',
      // Its own process group, so that npm and the node process under it are killed together.
      detached: true,
    })
    const exited = new Promise((resolve) => child.on('close', resolve))
    const writing = async () => {
      for (const name of await readdir(dir).catch(() => [])) if (name.includes('.partial') && (await stat(path.join(dir, name))).size > 0) return true
      return false
    }
    const deadline = Date.now() + 60_000
    while (!(await writing())) {
      expect(Date.now()).toBeLessThan(deadline)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    process.kill(-(child.pid as number), 'SIGKILL')
    await exited

    // What the killed run left is hidden, and nothing is at the archive's name.
    const left = await readdir(dir)
    expect(left).not.toContain('warta.tar.gz')
    expect(left.filter((name) => !name.startsWith('.'))).toEqual([])
    expect(left.length).toBeGreaterThan(0)

    const again = await npmRun('backup', ['--out', out], target)
    expect(again.stderr).toBe('')
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('Removed what an interrupted run left')
    expect(await readdir(dir)).toEqual(['warta.tar.gz'])
    expect((await readManifest(out)).files.map((file) => file.path)).toContain('media/large-scan.bin')
  })
})
