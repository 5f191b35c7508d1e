import { readFileSync } from 'node:fs'

import { ms } from './latency'

/** V8's CPU profile (Profiler.stop, --cpu-prof): a call tree and the leaf each sample was taken in. */
type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number }
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] }
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** Code with no script: V8's own ("(garbage collector)", "runMicrotasks") or a native addon's (no name, or a C++ symbol). */
const isAddonCode = (frame: CallFrame): boolean => !frame.url && (frame.functionName === '' || frame.functionName.includes('::'))

/** Where a script comes from, short: a package's name and file, the app's bundle (.next/server/...), Node's own. */
const placeOf = (url: string): string => {
  const file = url.replace(/^file:\/\//, '').replace(`${process.cwd()}/`, '')
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(file)
  return pkg ? `${pkg[1]}/${pkg[2]!.split('/').slice(-2).join('/')}` : file
}

/** A script's owner: the package, the app's bundle (where Payload, drizzle and our code are compiled in), or Node's module. */
const ownerOf = (frame: CallFrame, caller?: CallFrame): string => {
  const file = frame.url.replace(/^file:\/\//, '')
  // A native addon's code (a driver's) is owned by whoever called it.
  if (!file) return caller?.url && isAddonCode(frame) ? `${ownerOf(caller)} (native)` : frame.functionName || '(native)'
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)
  if (pkg) return pkg[1]!
  if (file.startsWith('node:')) return `node:${file.replace(/^node:(internal\/)?/, '').split('/')[0]}`
  if (file.includes('/.next/server/')) return 'app bundle (.next/server: Payload, drizzle, src)'
  if (file.includes('/src/')) return 'src/server'
  return file
}

/** A frame as "name place:line:column"; the column finds a function in a minified bundle. */
const nameOf = (frame: CallFrame, caller?: CallFrame): string => {
  if (frame.url) return `${frame.functionName || '(anonymous)'} ${placeOf(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
  // A native addon's code is named by the nearest symbol V8 finds (often a wrong one) or not at all: the caller says what it is.
  if (!isAddonCode(frame) || !caller) return frame.functionName || '(native)'
  return `(native, called by ${nameOf(caller)})`
}

/** Frames every stack runs through (the event loop's, the microtask queue's): their total time says nothing. */
const PLUMBING =
  /^(\(root\)|runMicrotasks|processTicksAndRejections|runNextTicks|processImmediate|processTimers|listOnTimeout|callbackTrampoline|runInAsyncScope|runMicrotask|emit) /

/** The top `n` of a tally as "time  share  name" lines. */
const top = (tally: Map<string, number>, total: number, n: number): string[] =>
  [...tally]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => `  ${ms(us / 1000).padStart(8)}  ${((us / total) * 100).toFixed(1).padStart(5)}%  ${name}`)

const add = <K>(tally: Map<K, number>, key: K, us: number) => tally.set(key, (tally.get(key) ?? 0) + us)

/**
 * A CPU profile of the server as text: how much of the time its main thread was busy (a thread
 * that is never idle queues every request behind the others), where that time went by function
 * (self time) and by package, the functions under which most of it was spent (total time), and the
 * stretches of `longMs` or more in which the event loop never went idle.
 */
export const summariseCpuProfile = (file: string, { topN = 25, longMs = 100, longest = 6 } = {}): string[] => {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)

  const self = new Map<string, number>()
  const owners = new Map<string, number>()
  const inclusive = new Map<string, number>()
  type Stretch = { us: number; self: Map<string, number>; inclusive: Map<string, number> }
  const fresh = (): Stretch => ({ us: 0, self: new Map(), inclusive: new Map() })
  const tasks: Stretch[] = []
  let total = 0
  let idle = 0
  let task = fresh()
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i + 1] ?? 0
    const frame = byId.get(id)!.callFrame
    total += us
    if (frame.functionName === '(idle)') {
      idle += us
      if (task.us >= longMs * 1000) tasks.push(task)
      task = fresh()
      return
    }
    task.us += us
    const caller = byId.get(parent.get(id) ?? -1)?.callFrame
    add(self, nameOf(frame, caller), us)
    add(task.self, nameOf(frame, caller), us)
    add(owners, ownerOf(frame, caller), us)
    const onStack = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      onStack.add(nameOf(byId.get(at)!.callFrame, byId.get(parent.get(at) ?? -1)?.callFrame))
    for (const name of onStack) {
      if (PLUMBING.test(`${name} `)) continue
      add(inclusive, name, us)
      add(task.inclusive, name, us)
    }
  })
  if (task.us >= longMs * 1000) tasks.push(task)

  const busy = total - idle
  tasks.sort((a, b) => b.us - a.us)
  return [
    `CPU profile ${file}: ${ms(total / 1000)} sampled; the main thread busy ${ms(busy / 1000)} (${((busy / total) * 100).toFixed(0)}%), idle ${ms(idle / 1000)}`,
    `Top ${topN} functions by self time (share of busy time):`,
    ...top(self, busy, topN),
    'By package (self time):',
    ...top(owners, busy, 15),
    `Top ${topN} functions by total time (self and callees; the event loop's own frames left out):`,
    ...top(inclusive, busy, topN),
    `Stretches of ${longMs} ms or more without going idle: ${tasks.length}, ${ms(tasks.reduce((sum, t) => sum + t.us, 0) / 1000)} in all; the ${Math.min(longest, tasks.length)} longest, each with what it spent most time under and in:`,
    ...tasks
      .slice(0, longest)
      .flatMap((t) => [
        `  ${ms(t.us / 1000)}:`,
        ...top(t.inclusive, t.us, 6).map((line) => `  under ${line}`),
        ...top(t.self, t.us, 3).map((line) => `  in    ${line}`),
      ]),
  ]
}
