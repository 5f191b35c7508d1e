import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { copyFile, link, mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import type { ManifestFile } from './manifest'
import type { Tick } from './progress'

/** SHA-256 of a file's bytes, streamed; `tick` hears of every chunk read. */
export const sha256File = async (file: string, tick?: Tick): Promise<string> => {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer)
    tick?.(0, (chunk as Buffer).length)
  }
  return hash.digest('hex')
}

export type Listing = { files: string[]; others: string[] }

/**
 * Every regular file below `root`, as sorted `/`-separated paths relative to it; `others` are entries
 * that are neither files nor folders (links, sockets). With `skipHidden`, names starting with a dot
 * (`.gitkeep`) are left out, as the media check does. A missing root lists nothing.
 */
export const listFiles = async (root: string, { skipHidden = false }: { skipHidden?: boolean } = {}): Promise<Listing> => {
  const listing: Listing = { files: [], others: [] }
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(root, relative), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' && relative === '') return []
      throw error
    })
    for (const entry of entries) {
      if (skipHidden && entry.name.startsWith('.')) continue
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) await walk(child)
      else if (entry.isFile()) listing.files.push(child)
      else listing.others.push(child)
    }
  }
  await walk('')
  listing.files.sort()
  listing.others.sort()
  return listing
}

/**
 * Size and checksum of each listed file below `root`, under the archive path `prefix/<file>`. `tick`
 * hears of every chunk read and every file finished.
 */
export const describeFiles = async (root: string, files: string[], prefix = '', tick?: Tick): Promise<ManifestFile[]> => {
  const described: ManifestFile[] = []
  for (const file of files) {
    const absolute = path.join(root, ...file.split('/'))
    described.push({ path: prefix ? `${prefix}/${file}` : file, size: (await stat(absolute)).size, sha256: await sha256File(absolute, tick) })
    tick?.(1, 0)
  }
  return described
}

/** The total size of the listed files below `root`. */
export const totalSize = async (root: string, files: string[]): Promise<number> => {
  let bytes = 0
  for (const file of files) bytes += (await stat(path.join(root, ...file.split('/')))).size
  return bytes
}

/** True when the folder is missing or holds nothing but hidden entries (`.gitkeep`). */
export const isFolderEmpty = async (dir: string): Promise<boolean> => {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  return entries.every((name) => name.startsWith('.'))
}

/** The file's stats, or null when there is nothing at that path. */
export const statOrNull = (file: string) => stat(file).catch(() => null)

/**
 * A hard link where the file system allows one (instant, no extra space), otherwise a copy. A file
 * that already has several names is copied: tar would store its second name as a link entry, which
 * restore refuses.
 */
export const linkOrCopy = async (from: string, to: string): Promise<void> => {
  await mkdir(path.dirname(to), { recursive: true })
  if ((await stat(from)).nlink > 1) return copyFile(from, to)
  await link(from, to).catch(() => copyFile(from, to))
}

/** Moves a file, copying it when source and target are on different file systems. */
export const moveFile = async (from: string, to: string): Promise<void> => {
  await mkdir(path.dirname(to), { recursive: true })
  try {
    await rename(from, to)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await copyFile(from, to)
    await rm(from, { force: true })
  }
}

/** `1 file`, `3 files`, for progress lines. */
export const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`

/** `1.2 MB`, for progress lines. */
export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KB', 'MB', 'GB', 'TB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}
