import { readFileSync } from 'node:fs'

/**
 * The CPU time a process has used (user and system), from Linux's /proc/<pid>/stat in clock ticks of
 * 1/100 s: every thread, or with `thread` that thread only (the main thread's id is the process's, and
 * is where the event loop runs). Undefined where there is no /proc.
 */
export const cpuSeconds = (pid: number, thread?: number): number | undefined => {
  try {
    const file = thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`
    const fields = readFileSync(file, 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return undefined
  }
}
