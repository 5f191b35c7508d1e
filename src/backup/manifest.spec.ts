import { describe, expect, it } from 'vitest'

import { defaultArchivePath } from './backup'
import { formatBytes } from './files'
import { buildManifest, isSafeArchivePath, MANIFEST_FILE, parseManifest, verifyFiles, type Manifest, type ManifestFile } from './manifest'

const hash = (char: string) => char.repeat(64)
const db: ManifestFile = { path: 'database/warta.db', size: 4096, sha256: hash('a') }
const photo: ManifestFile = { path: 'media/rapat-0123abcd.jpg', size: 120, sha256: hash('b') }
const rendition: ManifestFile = { path: 'media/rapat-0123abcd-card-640x480.webp', size: 40, sha256: hash('c') }

const manifest = (files: ManifestFile[] = [photo, db, rendition]): Manifest =>
  buildManifest({ createdAt: new Date('2026-05-01T02:03:04.567Z'), database: { kind: 'sqlite', file: db.path }, mediaDir: 'media', files })

const withChange = (change: (value: Record<string, unknown>) => void): string => {
  const value = JSON.parse(JSON.stringify(manifest())) as Record<string, unknown>
  change(value)
  return JSON.stringify(value)
}

describe('backup manifest', () => {
  it('should list files in a stable order whatever order they were found in', () => {
    expect(manifest().files.map((file) => file.path)).toEqual([db.path, rendition.path, photo.path])
    expect(manifest([rendition, db, photo])).toEqual(manifest())
  })

  it('should read back exactly what was written', () => {
    expect(parseManifest(JSON.stringify(manifest()))).toEqual({ manifest: manifest(), problems: [] })
  })

  it('should accept the files it lists, unchanged', () => {
    expect(verifyFiles(manifest(), [db, photo, rendition])).toEqual([])
  })

  it('should name every file that is missing, changed, resized or not listed', () => {
    const problems = verifyFiles(manifest(), [
      { ...db, sha256: hash('f') },
      { ...photo, size: 121 },
      { path: 'media/extra.jpg', size: 1, sha256: hash('d') },
    ])
    expect(problems).toEqual([
      'database/warta.db does not match its SHA-256 checksum',
      `${rendition.path} is missing`,
      `${photo.path} has 121 bytes, the manifest says 120`,
      'media/extra.jpg is not in the manifest',
    ])
  })

  it('should refuse a manifest that is not JSON, not ours, or of another version', () => {
    expect(parseManifest('{"format":').problems).toEqual([`${MANIFEST_FILE} is not valid JSON`])
    expect(parseManifest(withChange((m) => (m.format = 'other'))).problems).toContain(`${MANIFEST_FILE} is not a Warta backup manifest`)
    expect(parseManifest(withChange((m) => (m.version = 2))).problems).toEqual(['unsupported manifest version 2 (this tool reads 1)'])
  })

  it('should refuse entries with unsafe paths, bad checksums or sizes, duplicates, or files outside the database and media', () => {
    const bad = (files: unknown[]) => parseManifest(withChange((m) => (m.files = [db, ...files]))).problems
    expect(bad([{ ...photo, path: '../etc/passwd' }])).toEqual(['manifest entry 1 has no safe path'])
    expect(bad([{ ...photo, path: '/etc/passwd' }])).toEqual(['manifest entry 1 has no safe path'])
    expect(bad([{ ...photo, sha256: 'abc' }])).toEqual([`manifest entry ${photo.path} has no valid sha256`])
    expect(bad([{ ...photo, size: -1 }])).toEqual([`manifest entry ${photo.path} has no valid size`])
    expect(bad([photo, photo])).toEqual([`manifest lists ${photo.path} twice`])
    expect(bad([{ ...photo, path: 'scripts/start.ts' }])).toEqual(['manifest lists scripts/start.ts, which is neither the database nor a media file'])
    expect(parseManifest(withChange((m) => (m.files = [photo]))).problems).toEqual([`manifest does not list its database file ${db.path}`])
  })

  it('should only call paths safe that stay inside the folder they are unpacked into', () => {
    for (const safe of ['manifest.json', 'media/a.jpg', 'media/2026/05/a b.jpg', 'media/..a.jpg']) expect(isSafeArchivePath(safe), safe).toBe(true)
    for (const unsafe of ['', '/a', 'a/../../b', './a', 'a//b', 'a\\b', 'a/\u0000b', 'media/']) expect(isSafeArchivePath(unsafe), unsafe).toBe(false)
  })

  it('should name archives after their UTC time, sortable and without colons', () => {
    expect(defaultArchivePath(new Date('2026-05-01T02:03:04.567Z'))).toBe('backups/warta-20260501T020304Z.tar.gz')
  })

  it('should print sizes for people', () => {
    expect([0, 1023, 1024, 1536, 5 * 1024 * 1024].map(formatBytes)).toEqual(['0 B', '1023 B', '1.0 KB', '1.5 KB', '5.0 MB'])
  })
})
