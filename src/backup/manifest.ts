import type { DatabaseKind } from '@/db/databaseKind'

/** Name of the manifest at the root of every archive; it lists every other file with its checksum. */
export const MANIFEST_FILE = 'manifest.json'
export const MANIFEST_FORMAT = 'warta-backup'
export const MANIFEST_VERSION = 1

export type ManifestFile = { path: string; size: number; sha256: string }

export type Manifest = {
  format: typeof MANIFEST_FORMAT
  version: typeof MANIFEST_VERSION
  createdAt: string
  /** The database dump and how to read it: a SQLite file, a pg_dump custom-format file or a mongodump archive. */
  database: { kind: DatabaseKind; file: string; name?: string }
  /** Folder of the media files inside the archive. */
  mediaDir: string
  files: ManifestFile[]
}

const SHA256 = /^[0-9a-f]{64}$/

/**
 * A path that stays inside the archive's folder when extracted: relative, forward slashes, no `.` or
 * `..` segment, no empty segment, no control character.
 */
export const isSafeArchivePath = (value: string): boolean =>
  value.length > 0 &&
  !value.startsWith('/') &&
  !value.includes('\\') &&
  !/[\u0000-\u001f\u007f]/.test(value) &&
  value.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')

const byPath = (a: ManifestFile, b: ManifestFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)

export const buildManifest = (input: { createdAt: Date; database: Manifest['database']; mediaDir: string; files: ManifestFile[] }): Manifest => ({
  format: MANIFEST_FORMAT,
  version: MANIFEST_VERSION,
  createdAt: input.createdAt.toISOString(),
  database: input.database,
  mediaDir: input.mediaDir,
  files: [...input.files].sort(byPath),
})

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Reads a manifest's JSON; a list of what is wrong with it when it is not one this version can restore. */
export const parseManifest = (text: string): { manifest: Manifest; problems: [] } | { manifest: null; problems: string[] } => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { manifest: null, problems: [`${MANIFEST_FILE} is not valid JSON`] }
  }
  const problems: string[] = []
  if (!isObject(value)) return { manifest: null, problems: [`${MANIFEST_FILE} is not an object`] }
  if (value.format !== MANIFEST_FORMAT) problems.push(`${MANIFEST_FILE} is not a Warta backup manifest`)
  if (value.version !== MANIFEST_VERSION) problems.push(`unsupported manifest version ${JSON.stringify(value.version)} (this tool reads ${MANIFEST_VERSION})`)
  if (typeof value.createdAt !== 'string' || Number.isNaN(Date.parse(value.createdAt))) problems.push('manifest has no valid createdAt')
  const database = value.database
  if (!isObject(database) || !['sqlite', 'postgres', 'mongodb'].includes(database.kind as string) || typeof database.file !== 'string' || (database.name !== undefined && typeof database.name !== 'string')) {
    problems.push('manifest does not say which database it holds')
  }
  if (typeof value.mediaDir !== 'string' || !isSafeArchivePath(value.mediaDir)) problems.push('manifest has no valid mediaDir')
  const files = Array.isArray(value.files) ? value.files : null
  if (!files) problems.push('manifest has no file list')
  const seen = new Set<string>()
  for (const [index, file] of (files ?? []).entries()) {
    if (!isObject(file) || typeof file.path !== 'string' || !isSafeArchivePath(file.path)) {
      problems.push(`manifest entry ${index} has no safe path`)
      continue
    }
    if (file.path === MANIFEST_FILE) problems.push(`manifest lists itself`)
    if (seen.has(file.path)) problems.push(`manifest lists ${file.path} twice`)
    seen.add(file.path)
    if (typeof file.size !== 'number' || !Number.isSafeInteger(file.size) || file.size < 0) problems.push(`manifest entry ${file.path} has no valid size`)
    if (typeof file.sha256 !== 'string' || !SHA256.test(file.sha256)) problems.push(`manifest entry ${file.path} has no valid sha256`)
  }
  if (isObject(database) && typeof database.file === 'string') {
    if (!seen.has(database.file)) problems.push(`manifest does not list its database file ${database.file}`)
    const media = `${String(value.mediaDir)}/`
    for (const listed of seen) if (listed !== database.file && !listed.startsWith(media)) problems.push(`manifest lists ${listed}, which is neither the database nor a media file`)
  }
  if (problems.length > 0) return { manifest: null, problems }
  return { manifest: value as unknown as Manifest, problems: [] }
}

/**
 * Compares the manifest with the files actually found in the extracted archive (manifest itself
 * excluded). Every listed file must be there with the same size and checksum, and nothing else may be.
 */
export const verifyFiles = (manifest: Manifest, found: ManifestFile[]): string[] => {
  const problems: string[] = []
  const actual = new Map(found.map((file) => [file.path, file]))
  for (const expected of manifest.files) {
    const file = actual.get(expected.path)
    if (!file) problems.push(`${expected.path} is missing`)
    else if (file.size !== expected.size) problems.push(`${expected.path} has ${file.size} bytes, the manifest says ${expected.size}`)
    else if (file.sha256 !== expected.sha256) problems.push(`${expected.path} does not match its SHA-256 checksum`)
  }
  const listed = new Set(manifest.files.map((file) => file.path))
  for (const file of found) if (!listed.has(file.path)) problems.push(`${file.path} is not in the manifest`)
  return problems
}
