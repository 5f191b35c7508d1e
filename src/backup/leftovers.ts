import { readFileSync } from 'node:fs'
import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import type { Progress } from './progress'

/**
 * Hidden working names carry the pid of the process that writes them, so that the next run can tell
 * the leftovers of a killed run (SIGKILL, a power cut: no `finally` ran) from the files of a run still
 * going: `.warta-backup-<pid>-XXXXXX/`, `.warta-restore-<pid>-XXXXXX/`, `.<name>.partial-<pid>`.
 */
export const stagingPrefix = (kind: 'backup' | 'restore'): string => `.warta-${kind}-${process.pid}-`

/** `.<name>.partial-<pid>` beside `file`: what is written before the rename to `file`. */
export const partialPath = (file: string): string => path.join(path.dirname(file), `.${path.basename(file)}.partial-${process.pid}`)

const WITH_PID = /^\.warta-(?:backup|restore)-(\d+)-[^/]+$|^\..+\.partial-(\d+)$/
// Staging folders of versions before the pid was in the name.
const WITHOUT_PID = /^\.warta-(?:backup|restore)-[A-Za-z0-9]{6}$/

const HOUR = 60 * 60 * 1000
// A pid is reused, after a reboot or in a container, and no backup or restore runs for a day.
const DAY = 24 * HOUR

/** A killed process whose parent has not reaped it (a container without an init) is not alive. */
const isZombie = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')
  } catch {
    // No /proc (macOS): a zombie counts as alive, and its leftovers go after a day.
    return false
  }
}

export const isProcessAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  return !isZombie(pid)
}

/**
 * Removes from `dir` the staging folders and partial files of runs that are gone: their process is
 * no longer alive, or they are older than a day (an hour for names without a pid). Returns their names.
 */
export const removeLeftovers = async (dir: string, progress: Progress): Promise<string[]> => {
  const removed: string[] = []
  const now = Date.now()
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const match = WITH_PID.exec(name)
    if (!match && !WITHOUT_PID.test(name)) continue
    const pid = Number(match?.[1] ?? match?.[2])
    const found = await stat(path.join(dir, name)).catch(() => null)
    if (!found || pid === process.pid) continue
    const age = now - found.mtimeMs
    const gone = match ? !isProcessAlive(pid) || age > DAY : age > HOUR
    if (!gone) continue
    await rm(path.join(dir, name), { recursive: true, force: true })
    removed.push(name)
  }
  if (removed.length > 0) progress(`Removed what an interrupted run left in ${dir}: ${removed.join(', ')}`)
  return removed
}
