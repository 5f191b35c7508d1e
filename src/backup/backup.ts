import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { mediaDir as configuredMediaDir } from '@/media/mediaDir'

import { writeArchive } from './archive'
import { databaseEngine } from './engine'
import { BackupError } from './errors'
import { describeFiles, formatBytes, linkOrCopy, listFiles, plural, statOrNull, totalSize } from './files'
import { removeLeftovers, stagingPrefix } from './leftovers'
import { buildManifest, MANIFEST_FILE, type Manifest } from './manifest'
import { formatCount, formatDuration, meter, type Progress } from './progress'

export type { Progress } from './progress'

export type BackupOptions = {
  /** Default: DATABASE_URL, as the app reads it. */
  databaseUrl?: string
  /** Default: MEDIA_DIR, as the app reads it (media/). */
  mediaDir?: string
  /** Default: backups/warta-<UTC timestamp>.tar.gz. */
  out?: string
  /** Overwrite an existing archive at `out`. */
  force?: boolean
  now?: Date
  progress?: Progress
}

export type BackupResult = { archive: string; manifest: Manifest; bytes: number }

const DATABASE_FOLDER = 'database'
const MEDIA_FOLDER = 'media'

/** `backups/warta-20260101T093000Z.tar.gz`: sorts by time, and has no character a file system refuses. */
export const defaultArchivePath = (now: Date): string =>
  path.join('backups', `warta-${now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '')}.tar.gz`)

/**
 * Writes one archive with a consistent snapshot of the database, the media files, and a manifest of
 * SHA-256 checksums of every other file in it. Everything is staged beside the archive (media files
 * as hard links where possible), so what is checksummed is exactly what is packed, even while the
 * server keeps working. The archive appears at `out` only when complete; what a killed run left
 * beside it is removed first. Staging, checksums and writing report files and bytes done of total,
 * and the last line is the one-line summary.
 */
export const createBackup = async (options: BackupOptions = {}): Promise<BackupResult> => {
  const started = Date.now()
  const progress = options.progress ?? (() => {})
  const now = options.now ?? new Date()
  const engine = databaseEngine(options.databaseUrl ?? process.env.DATABASE_URL)
  const media = path.resolve(options.mediaDir ?? configuredMediaDir())
  const out = path.resolve(options.out ?? defaultArchivePath(now))
  const force = options.force === true
  if (!force && (await statOrNull(out))) throw new BackupError('ARCHIVE_EXISTS', `${out} already exists; choose another --out or pass --force to overwrite it.`)

  await mkdir(path.dirname(out), { recursive: true })
  await removeLeftovers(path.dirname(out), progress)
  const staging = await mkdtemp(path.join(path.dirname(out), stagingPrefix('backup')))
  try {
    const databaseFile = `${DATABASE_FOLDER}/${engine.dumpName}`
    // Media files are staged both before and after the database snapshot, so that the archive holds
    // every file the snapshot can refer to: one deleted while the database is dumped is kept by its
    // staged link, one uploaded meanwhile is picked up afterwards. At worst the archive holds an
    // orphan file, which `npm run media:check` finds; never a record without its file.
    const staged = new Set<string>()
    const skipped = new Set<string>()
    const stageMedia = async (label: string, { quietWhenNone = false } = {}) => {
      const listing = await listFiles(media, { skipHidden: true })
      listing.others.forEach((other) => skipped.add(other))
      const todo: { file: string; size: number }[] = []
      for (const file of listing.files) {
        if (staged.has(file)) continue
        // Deleted since it was listed, and so before the snapshot was taken.
        const found = await statOrNull(path.join(media, ...file.split('/')))
        if (found) todo.push({ file, size: found.size })
      }
      if (todo.length === 0 && quietWhenNone) return
      const stagingMeter = meter(progress, label, { files: todo.length, bytes: todo.reduce((sum, { size }) => sum + size, 0) })
      for (const { file, size } of todo) {
        try {
          await linkOrCopy(path.join(media, ...file.split('/')), path.join(staging, MEDIA_FOLDER, ...file.split('/')))
          staged.add(file)
          stagingMeter.tick(1, size)
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
        }
      }
      stagingMeter.finish()
    }

    progress(`Media: staging the files of ${media}`)
    await stageMedia('staging media')
    progress(`Database: ${engine.label}`)
    await mkdir(path.join(staging, DATABASE_FOLDER))
    await engine.dump(path.join(staging, DATABASE_FOLDER, engine.dumpName))
    progress(`  snapshot taken (${formatBytes((await stat(path.join(staging, databaseFile))).size)})`)
    await stageMedia('staging media uploaded meanwhile', { quietWhenNone: true })
    const mediaFiles = [...staged].sort()
    for (const other of [...skipped].sort()) progress(`  skipped ${other}: not a regular file`)

    const archived = [databaseFile, ...mediaFiles.map((file) => `${MEDIA_FOLDER}/${file}`)]
    progress(`Checksums: SHA-256 of ${plural(archived.length, 'file')}`)
    const checksums = meter(progress, 'checksums', { files: archived.length, bytes: await totalSize(staging, archived) })
    const files = await describeFiles(staging, archived, '', checksums.tick)
    checksums.finish()
    const manifest = buildManifest({ createdAt: now, database: { kind: engine.kind, file: databaseFile, ...(engine.name ? { name: engine.name } : {}) }, mediaDir: MEDIA_FOLDER, files })
    const manifestText = `${JSON.stringify(manifest, null, 2)}\n`
    await writeFile(path.join(staging, MANIFEST_FILE), manifestText)

    progress(`Writing ${out}`)
    const contentBytes = manifest.files.reduce((sum, file) => sum + file.size, 0)
    const writing = meter(progress, 'writing archive', { files: manifest.files.length + 1, bytes: contentBytes + Buffer.byteLength(manifestText) })
    await writeArchive(staging, [MANIFEST_FILE, ...manifest.files.map((file) => file.path)], out, { overwrite: force, tick: writing.tick })
    writing.finish()
    const bytes = (await stat(out)).size
    progress(`Backup written: ${out} (${formatCount(manifest.files.length)} files, ${formatBytes(bytes)}) in ${formatDuration(Date.now() - started)}`)
    return { archive: out, manifest, bytes }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
