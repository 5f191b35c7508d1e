import { createReadStream } from 'node:fs'
import { link, rename, rm } from 'node:fs/promises'

import { create, extract, Parser, type ReadEntry } from 'tar'

import { BackupError } from './errors'
import { partialPath } from './leftovers'
import type { Tick } from './progress'

const noTick: Tick = () => {}

/** Puts the finished `partial` at `out`; unless `overwrite`, an archive that appeared there meanwhile is kept. */
const publish = async (partial: string, out: string, overwrite: boolean) => {
  if (overwrite) return rename(partial, out)
  try {
    // A hard link fails when `out` exists, where a rename would silently replace it.
    await link(partial, out)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw new BackupError('ARCHIVE_EXISTS', `${out} already exists; choose another --out or pass --force to overwrite it.`)
    // A file system without hard links.
    await rename(partial, out)
  }
}

/**
 * Writes the listed paths below `cwd` as a gzipped tar. It is written to a hidden `.<name>.partial-<pid>`
 * beside `out` and put under its name only when complete, so a failed or killed backup never leaves a
 * half archive at `out` (the next backup removes the partial file of a killed one). Entries are
 * `portable` (no owner, user or group names) so an archive restores the same on any machine. `tick`
 * hears of every entry written, with its size.
 */
export const writeArchive = async (cwd: string, paths: string[], out: string, { overwrite = false, tick = noTick }: { overwrite?: boolean; tick?: Tick } = {}): Promise<void> => {
  const partial = partialPath(out)
  try {
    await create(
      { gzip: true, portable: true, noDirRecurse: true, file: partial, cwd, onWriteEntry: (entry) => entry.on('end', () => tick(1, entry.stat?.size ?? 0)) },
      paths,
    )
    await publish(partial, out, overwrite)
  } finally {
    await rm(partial, { force: true })
  }
}

const REGULAR = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory'])

const damaged = (file: string, error: unknown) =>
  new BackupError('DAMAGED_ARCHIVE', `The archive ${file} is damaged or not a Warta backup: ${(error as Error).message}`)

/**
 * Unpacks an archive into an empty folder. A truncated or corrupt gzip or tar stream, a path leaving
 * the folder, or anything other than files and folders (links, devices) is DAMAGED_ARCHIVE. `tick`
 * hears of every file unpacked, with its size.
 */
export const extractArchive = async (file: string, cwd: string, tick: Tick = noTick): Promise<void> => {
  const refused: string[] = []
  try {
    await extract({
      file,
      cwd,
      // Warnings (an unsafe path, a bad header) become errors instead of skipped entries.
      strict: true,
      preservePaths: false,
      noChmod: true,
      filter: (path, entry) => {
        const type = 'type' in entry ? entry.type : 'File'
        if (REGULAR.has(type)) return true
        refused.push(`${path} (${type})`)
        return false
      },
      onReadEntry: (entry) => {
        if (entry.type !== 'Directory') entry.on('end', () => tick(1, entry.size))
      },
    })
  } catch (error) {
    throw damaged(file, error)
  }
  if (refused.length > 0) throw new BackupError('DAMAGED_ARCHIVE', `The archive ${file} holds entries that are not plain files: ${refused.join(', ')}`)
}

/**
 * The bytes of one file in an archive, or null when it has none by that name. Reading stops at that
 * file: a Warta archive starts with its manifest, so reading the manifest does not unpack the rest.
 */
export const readArchiveEntry = (file: string, name: string): Promise<Buffer | null> =>
  new Promise((resolve, reject) => {
    const input = createReadStream(file)
    let settled = false
    const settle = (error: unknown, value: Buffer | null = null) => {
      if (settled) return
      settled = true
      input.destroy()
      if (error) reject(damaged(file, error))
      else resolve(value)
    }
    const parser = new Parser({
      strict: true,
      onReadEntry: (entry: ReadEntry) => {
        if (entry.path !== name) return
        const chunks: Buffer[] = []
        entry.on('data', (chunk: Buffer) => chunks.push(chunk))
        entry.on('end', () => settle(null, Buffer.concat(chunks)))
      },
    })
    parser.on('error', (error: Error) => settle(error))
    parser.on('end', () => settle(null))
    input.on('error', (error) => settle(error))
    input.pipe(parser)
  })
