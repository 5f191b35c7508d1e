import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { mediaDir as configuredMediaDir } from '@/media/mediaDir'

import { extractArchive } from './archive'
import type { Progress } from './backup'
import { databaseEngine } from './engine'
import { BackupError } from './errors'
import { describeFiles, isFolderEmpty, listFiles, moveFile, plural, statOrNull } from './files'
import { MANIFEST_FILE, parseManifest, verifyFiles, type Manifest } from './manifest'

export type RestoreOptions = {
  archive: string
  /** Default: DATABASE_URL, as the app reads it. */
  databaseUrl?: string
  /** Default: MEDIA_DIR, as the app reads it (media/). */
  mediaDir?: string
  /** Replace a database or media folder that is not empty. */
  force?: boolean
  progress?: Progress
}

export type RestoreResult = { manifest: Manifest; mediaFiles: number }

const damaged = (archive: string, problems: string[]) =>
  new BackupError('DAMAGED_ARCHIVE', `The archive ${archive} is damaged; nothing was restored:\n  ${problems.join('\n  ')}`)

/** Unpacks the archive into `staging` and checks every file against the manifest. */
const unpackAndVerify = async (archive: string, staging: string, progress: Progress): Promise<Manifest> => {
  progress(`Unpacking ${archive}`)
  await extractArchive(archive, staging)
  const text = await readFile(path.join(staging, MANIFEST_FILE), 'utf8').catch(() => null)
  if (text === null) throw damaged(archive, [`it has no ${MANIFEST_FILE}`])
  const { manifest, problems } = parseManifest(text)
  if (!manifest) throw damaged(archive, problems)
  progress(`Verifying SHA-256 checksums of ${plural(manifest.files.length, 'file')}`)
  const listing = await listFiles(staging)
  const found = await describeFiles(staging, listing.files.filter((file) => file !== MANIFEST_FILE))
  const mismatches = [...verifyFiles(manifest, found), ...listing.others.map((other) => `${other} is not a regular file`)]
  if (mismatches.length > 0) throw damaged(archive, mismatches)
  progress('  every checksum matches')
  return manifest
}

/** Removes what a media folder holds, hidden entries (`.gitkeep`) aside. */
const emptyFolder = async (dir: string) => {
  for (const name of await readdir(dir).catch(() => [])) if (!name.startsWith('.')) await rm(path.join(dir, name), { recursive: true, force: true })
}

/**
 * Rebuilds an instance from a backup archive: checks that the target database and media folder are
 * empty (unless `force`), verifies every checksum before anything is written, then restores the
 * database and moves the media files into place.
 */
export const restoreBackup = async (options: RestoreOptions): Promise<RestoreResult> => {
  const progress = options.progress ?? (() => {})
  const archive = path.resolve(options.archive)
  if (!(await statOrNull(archive))?.isFile()) throw new BackupError('NO_ARCHIVE', `There is no archive at ${archive}.`)
  const engine = databaseEngine(options.databaseUrl ?? process.env.DATABASE_URL)
  const media = path.resolve(options.mediaDir ?? configuredMediaDir())
  const force = options.force === true

  progress(`Target database: ${engine.label}`)
  progress(`Target media folder: ${media}`)
  const databaseEmpty = await engine.isEmpty()
  const mediaEmpty = await isFolderEmpty(media)
  if (!force && (!databaseEmpty || !mediaEmpty)) {
    const full = [!databaseEmpty && `the database (${engine.label})`, !mediaEmpty && `the media folder (${media})`].filter(Boolean)
    throw new BackupError('NOT_EMPTY', `Refusing to restore: ${full.join(' and ')} ${full.length > 1 ? 'are' : 'is'} not empty. Restore into an empty instance, or pass --force to replace what is there.`)
  }

  // Unpacked beside the media folder, so that moving the files into it is a rename.
  await mkdir(path.dirname(media), { recursive: true })
  const staging = await mkdtemp(path.join(path.dirname(media), '.warta-restore-'))
  try {
    const manifest = await unpackAndVerify(archive, staging, progress)
    if (manifest.database.kind !== engine.kind) {
      throw new BackupError('WRONG_DATABASE', `The archive holds a ${manifest.database.kind} database but DATABASE_URL names ${engine.label}; nothing was restored.`)
    }

    progress(`Restoring the database into ${engine.label}${databaseEmpty ? '' : ' (replacing what it held: --force)'}`)
    await engine.restore(path.join(staging, ...manifest.database.file.split('/')), { force, sourceName: manifest.database.name })

    const prefix = `${manifest.mediaDir}/`
    const mediaFiles = manifest.files.filter((file) => file.path.startsWith(prefix))
    progress(`Restoring ${plural(mediaFiles.length, 'media file')} into ${media}${mediaEmpty ? '' : ' (replacing what it held: --force)'}`)
    if (!mediaEmpty) await emptyFolder(media)
    await mkdir(media, { recursive: true })
    for (const file of mediaFiles) {
      const relative = file.path.slice(prefix.length).split('/')
      await moveFile(path.join(staging, ...file.path.split('/')), path.join(media, ...relative))
    }
    progress(`Restore finished: backup of ${manifest.createdAt}, ${plural(manifest.files.length, 'file')}.`)
    return { manifest, mediaFiles: mediaFiles.length }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
