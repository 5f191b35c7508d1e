import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { mediaDir as configuredMediaDir } from '@/media/mediaDir'

import { writeArchive } from './archive'
import { databaseEngine } from './engine'
import { BackupError } from './errors'
import { describeFiles, formatBytes, linkOrCopy, listFiles, plural, statOrNull } from './files'
import { buildManifest, MANIFEST_FILE, type Manifest } from './manifest'

export type Progress = (line: string) => void

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
 * server keeps working.
 */
export const createBackup = async (options: BackupOptions = {}): Promise<BackupResult> => {
  const progress = options.progress ?? (() => {})
  const now = options.now ?? new Date()
  const engine = databaseEngine(options.databaseUrl ?? process.env.DATABASE_URL)
  const media = path.resolve(options.mediaDir ?? configuredMediaDir())
  const out = path.resolve(options.out ?? defaultArchivePath(now))
  if (!options.force && (await statOrNull(out))) throw new BackupError('ARCHIVE_EXISTS', `${out} already exists; choose another --out or pass --force to overwrite it.`)

  await mkdir(path.dirname(out), { recursive: true })
  const staging = await mkdtemp(path.join(path.dirname(out), '.warta-backup-'))
  try {
    const databaseFile = `${DATABASE_FOLDER}/${engine.dumpName}`
    // Media files are staged both before and after the database snapshot, so that the archive holds
    // every file the snapshot can refer to: one deleted while the database is dumped is kept by its
    // staged link, one uploaded meanwhile is picked up afterwards. At worst the archive holds an
    // orphan file, which `npm run media:check` finds; never a record without its file.
    const staged = new Set<string>()
    const skipped = new Set<string>()
    const stageMedia = async () => {
      const listing = await listFiles(media, { skipHidden: true })
      listing.others.forEach((other) => skipped.add(other))
      for (const file of listing.files) {
        if (staged.has(file)) continue
        try {
          await linkOrCopy(path.join(media, ...file.split('/')), path.join(staging, MEDIA_FOLDER, ...file.split('/')))
          staged.add(file)
        } catch (error) {
          // Deleted since it was listed, and so before the snapshot was taken.
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
        }
      }
    }

    progress(`Media: staging the files of ${media}`)
    await stageMedia()
    progress(`Database: ${engine.label}`)
    await mkdir(path.join(staging, DATABASE_FOLDER))
    await engine.dump(path.join(staging, DATABASE_FOLDER, engine.dumpName))
    progress(`  snapshot taken (${formatBytes((await stat(path.join(staging, databaseFile))).size)})`)
    await stageMedia()
    const mediaFiles = [...staged].sort()
    progress(`Media: ${plural(mediaFiles.length, 'file')}`)
    for (const other of [...skipped].sort()) progress(`  skipped ${other}: not a regular file`)

    progress(`Checksums: SHA-256 of ${plural(mediaFiles.length + 1, 'file')}`)
    const files = [...(await describeFiles(staging, [databaseFile])), ...(await describeFiles(path.join(staging, MEDIA_FOLDER), mediaFiles, MEDIA_FOLDER))]
    const manifest = buildManifest({ createdAt: now, database: { kind: engine.kind, file: databaseFile, ...(engine.name ? { name: engine.name } : {}) }, mediaDir: MEDIA_FOLDER, files })
    await writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)

    progress(`Writing ${out}`)
    await writeArchive(staging, [MANIFEST_FILE, ...manifest.files.map((file) => file.path)], out)
    const bytes = (await stat(out)).size
    progress(`Backup written: ${out} (${formatBytes(bytes)})`)
    return { archive: out, manifest, bytes }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
