/**
 * CPU time from Linux's /proc, for benches whose load generator shares the cores with the server:
 * per request, each side's own cost holds where requests/s swing with the machine. Clock ticks of
 * 1/100 s (USER_HZ on Linux). Undefined where there is no /proc.
 */
import { readdirSync, readFileSync } from 'node:fs'

const TICKS = 100

/** The fields after the command name of /proc/<pid>/stat (which may hold spaces): [0] is the state. */
const statFields = (pid: number | 'self', thread?: number): string[] | undefined => {
  try {
    const stat = readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(') ') + 2).split(' ')
  } catch {
    return undefined
  }
}

/**
 * The CPU time a process has used (user and system): every thread, or with `thread` that thread only
 * (the main thread's id is the process's, and is where the event loop runs).
 */
export const cpuSeconds = (pid: number, thread?: number): number | undefined => {
  const fields = statFields(pid, thread)
  return fields ? (Number(fields[11]) + Number(fields[12])) / TICKS : undefined
}

/** User and system seconds of a process and of every descendant now alive (Varnish's child, nginx's workers). */
export const treeCpuSeconds = (pid: number | undefined): number | undefined => {
  if (pid === undefined || !statFields(pid)) return undefined
  const children = new Map<number, number[]>()
  for (const entry of readdirSync('/proc')) {
    const child = Number(entry)
    if (!Number.isInteger(child)) continue
    const parent = Number(statFields(child)?.[1])
    if (parent) children.set(parent, [...(children.get(parent) ?? []), child])
  }
  let ticks = 0
  const walk = (at: number) => {
    const fields = statFields(at)
    if (fields) ticks += Number(fields[11]) + Number(fields[12])
    for (const child of children.get(at) ?? []) walk(child)
  }
  walk(pid)
  return ticks / TICKS
}

/** User and system seconds of this process's children that have ended (a wrk run, once it exited). */
export const endedChildrenCpuSeconds = (): number | undefined => {
  const fields = statFields('self')
  return fields ? (Number(fields[13]) + Number(fields[14])) / TICKS : undefined
}
