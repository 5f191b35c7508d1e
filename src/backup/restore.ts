import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import path from 'node:path'

import { mediaDir as configuredMediaDir } from '@/media/mediaDir'

import { extractArchive, readArchiveEntry } from './archive'
import { databaseEngine } from './engine'
import { BackupError } from './errors'
import { describeFiles, formatBytes, isFolderEmpty, listFiles, moveFile, plural, statOrNull } from './files'
import { removeLeftovers, stagingPrefix } from './leftovers'
import { MANIFEST_FILE, parseManifest, verifyFiles, type Manifest } from './manifest'
import { formatCount, formatDuration, meter, type Progress } from './progress'
import { readRestoreMarker, removeRestoreMarker, writeRestoreMarker } from './restoreMarker'

export { interruptedRestore } from './restoreMarker'

export type RestoreOptions = {
  archive: string
  /** Default: DATABASE_URL, as the app reads it. */
  databaseUrl?: string
  /** Default: MEDIA_DIR, as the app reads it (media/). */
  mediaDir?: string
  /** Replace a database or media folder that is not empty, or what an interrupted restore of another archive left. */
  force?: boolean
  progress?: Progress
  /** Called before each media file is moved into place; tests throw from it to interrupt a restore midway. */
  beforeMediaMove?: (file: string) => void | Promise<void>
}

export type RestoreResult = { manifest: Manifest; mediaFiles: number }

const damaged = (archive: string, problems: string[]) =>
  new BackupError('DAMAGED_ARCHIVE', `The archive ${archive} is damaged; nothing was restored:\n  ${problems.join('\n  ')}`)

const sizeOf = (files: Manifest['files']) => files.reduce((sum, file) => sum + file.size, 0)

/** The manifest, read from the start of the archive without unpacking the rest, and its SHA-256. */
const readManifest = async (archive: string): Promise<{ manifest: Manifest; bytes: number; sha256: string }> => {
  const bytes = await readArchiveEntry(archive, MANIFEST_FILE)
  if (bytes === null) throw damaged(archive, [`it has no ${MANIFEST_FILE}`])
  const { manifest, problems } = parseManifest(bytes.toString('utf8'))
  if (!manifest) throw damaged(archive, problems)
  return { manifest, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }
}

/** Unpacks the archive into `staging` and checks every file against the manifest. */
const unpackAndVerify = async (archive: string, staging: string, { manifest, bytes }: { manifest: Manifest; bytes: number }, progress: Progress) => {
  progress(`Unpacking ${archive}`)
  const unpacking = meter(progress, 'unpacking', { files: manifest.files.length + 1, bytes: sizeOf(manifest.files) + bytes })
  await extractArchive(archive, staging, unpacking.tick)
  unpacking.finish()
  progress(`Verifying SHA-256 checksums of ${plural(manifest.files.length, 'file')}`)
  const listing = await listFiles(staging)
  const checksums = meter(progress, 'checksums', { files: manifest.files.length, bytes: sizeOf(manifest.files) })
  const found = await describeFiles(staging, listing.files.filter((file) => file !== MANIFEST_FILE), '', checksums.tick)
  checksums.finish()
  const mismatches = [...verifyFiles(manifest, found), ...listing.others.map((other) => `${other} is not a regular file`)]
  if (mismatches.length > 0) throw damaged(archive, mismatches)
  progress('  every checksum matches')
}

/** Removes what a media folder holds, hidden entries (`.gitkeep`) aside. */
const emptyFolder = async (dir: string) => {
  for (const name of await readdir(dir).catch(() => [])) if (!name.startsWith('.')) await rm(path.join(dir, name), { recursive: true, force: true })
}

/**
 * Rebuilds an instance from a backup archive: checks that the target database and media folder are
 * empty (unless `force`), verifies every checksum before anything is written, then restores the
 * database and moves the media files into place. A marker beside the media folder is written before
 * the first change and removed after the last: run again with the same archive, an interrupted
 * restore is resumed (and finished); with another archive it is refused unless `force`.
 */
export const restoreBackup = async (options: RestoreOptions): Promise<RestoreResult> => {
  const started = Date.now()
  const progress = options.progress ?? (() => {})
  const archive = path.resolve(options.archive)
  if (!(await statOrNull(archive))?.isFile()) throw new BackupError('NO_ARCHIVE', `There is no archive at ${archive}.`)
  const engine = databaseEngine(options.databaseUrl ?? process.env.DATABASE_URL)
  const media = path.resolve(options.mediaDir ?? configuredMediaDir())
  const force = options.force === true
  const read = await readManifest(archive)
  const { manifest } = read

  progress(`Target database: ${engine.label}`)
  progress(`Target media folder: ${media}`)
  const pending = await readRestoreMarker(media)
  const resuming = pending !== null && pending.manifestSha256 === read.sha256
  if (pending && !resuming && !force) {
    throw new BackupError(
      'RESTORE_INTERRUPTED',
      `Refusing to restore: a restore of ${pending.archive} (backup of ${pending.createdAt}, started ${pending.startedAt}) was interrupted, so the database and media folder may be half restored. Run the restore of that archive again to finish it, or pass --force to restore ${archive} instead.`,
    )
  }
  if (resuming) progress(`Resuming an interrupted restore of ${archive} (backup of ${manifest.createdAt}, started ${pending.startedAt})`)
  else if (pending) progress(`Replacing an interrupted restore of ${pending.archive}: --force`)
  const replacing = force ? ' (replacing what it held: --force)' : resuming ? ' (replacing what it held: resuming)' : ''

  const databaseEmpty = await engine.isEmpty()
  const mediaEmpty = await isFolderEmpty(media)
  if (!force && !resuming && (!databaseEmpty || !mediaEmpty)) {
    const full = [!databaseEmpty && `the database (${engine.label})`, !mediaEmpty && `the media folder (${media})`].filter(Boolean)
    throw new BackupError('NOT_EMPTY', `Refusing to restore: ${full.join(' and ')} ${full.length > 1 ? 'are' : 'is'} not empty. Restore into an empty instance, or pass --force to replace what is there.`)
  }
  if (manifest.database.kind !== engine.kind) {
    throw new BackupError('WRONG_DATABASE', `The archive holds a ${manifest.database.kind} database but DATABASE_URL names ${engine.label}; nothing was restored.`)
  }

  // Unpacked beside the media folder, so that moving the files into it is a rename.
  await mkdir(path.dirname(media), { recursive: true })
  await removeLeftovers(path.dirname(media), progress)
  const staging = await mkdtemp(path.join(path.dirname(media), stagingPrefix('restore')))
  try {
    await unpackAndVerify(archive, staging, read, progress)

    // From here on the instance changes: until the marker is removed it counts as half restored.
    await writeRestoreMarker(media, { archive, createdAt: manifest.createdAt, manifestSha256: read.sha256, startedAt: new Date(started).toISOString() })
    progress(`Restoring the database into ${engine.label}${databaseEmpty ? '' : replacing}`)
    await engine.restore(path.join(staging, ...manifest.database.file.split('/')), { force: force || resuming, sourceName: manifest.database.name })

    const prefix = `${manifest.mediaDir}/`
    const mediaFiles = manifest.files.filter((file) => file.path.startsWith(prefix))
    progress(`Restoring ${plural(mediaFiles.length, 'media file')} into ${media}${mediaEmpty ? '' : replacing}`)
    if (!mediaEmpty) await emptyFolder(media)
    await mkdir(media, { recursive: true })
    const moving = meter(progress, 'moving media', { files: mediaFiles.length, bytes: sizeOf(mediaFiles) })
    for (const file of mediaFiles) {
      await options.beforeMediaMove?.(file.path)
      await moveFile(path.join(staging, ...file.path.split('/')), path.join(media, ...file.path.slice(prefix.length).split('/')))
      moving.tick(1, file.size)
    }
    moving.finish()
    await removeRestoreMarker(media)

    progress('The restored database is already at its migrations: start the server as usual.')
    progress(`Restore finished: backup of ${manifest.createdAt}, ${formatCount(manifest.files.length)} files, ${formatBytes(sizeOf(manifest.files))}, in ${formatDuration(Date.now() - started)}`)
    return { manifest, mediaFiles: mediaFiles.length }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
