import { ms, spreadOf, type Spread } from './latency'
import type { MixedResult } from './mixedLoad'
import type { ReaderSample } from './mixedReaders'
import { mixedTimeline, row } from './mixedTimeline'

/** Issue 21's targets for the embedded default. */
const TARGET_MS = 1000

const spreadCells = (s: Spread) => [ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)]
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED')
const seconds = (value: number | undefined) => (value === undefined ? '?' : `${value.toFixed(1)} s`)
const perSecond = (count: number, window: number) => (count / window).toFixed(count < window * 10 ? 2 : 0)

/** Counts of a list by a key, largest first, as "a 12, b 3". */
const counted = <T>(items: T[], key: (item: T) => string): string =>
  [...items.reduce((counts, item) => counts.set(key(item), (counts.get(key(item)) ?? 0) + 1), new Map<string, number>())]
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${n}`)
    .join(', ')

const PATH_NAMES: Record<ReaderSample['kind'], string> = { home: 'home /', report: 'report /berita/{slug}', feed: 'feed /feed.xml', search: 'search /cari?q=' }

/** Per path and overall: requests, errors, latency, and where the server found the answers. */
const readerTable = ({ options, readers }: MixedResult): string[] => {
  const line = (name: string, samples: ReaderSample[], sources: string) =>
    row([
      name,
      samples.length,
      perSecond(samples.length, options.seconds),
      samples.filter((s) => s.outcome !== 'ok').length,
      ...spreadCells(spreadOf(samples.map((s) => s.ms))),
      sources,
    ])
  return [
    row(['path', 'requests', 'req/s', 'errors', 'p50', 'p95', 'p99', 'max', 'served from']),
    row(Array.from({ length: 9 }, () => '---')),
    ...(['home', 'report', 'feed', 'search'] as const).map((kind) => {
      const mine = readers.filter((s) => s.kind === kind)
      return line(
        PATH_NAMES[kind],
        mine,
        counted(mine, (s) => s.source || s.outcome),
      )
    }),
    line('**all readers**', readers, ''),
  ]
}

const publishingLines = ({ options, cycles, failures, homeVisible: visible }: MixedResult): string[] => {
  const of = (pick: (c: MixedResult['cycles'][number]) => number) => spreadOf(cycles.map(pick))
  const [publish, cycle, create, submit] = [of((c) => c.publish), of((c) => c.total), of((c) => c.create), of((c) => c.submit)]
  const shown = spreadOf(visible.delays)
  return [
    `publications: ${cycles.length} (${perSecond(cycles.length, options.seconds)}/s); publish call p50 ${ms(publish.p50)}, p95 ${ms(publish.p95)}, p99 ${ms(publish.p99)}, max ${ms(publish.max)}`,
    `  create+submit+publish p50 ${ms(cycle.p50)}, p99 ${ms(cycle.p99)}; create p50 ${ms(create.p50)}, submit p50 ${ms(submit.p50)}`,
    `publishing failures: ${failures.length === 0 ? 'none' : counted(failures, (f) => `${f.step}: ${f.message}`)}`,
    `publication visible on home (a watcher asks for it every 100 ms): ${visible.delays.length} of ${cycles.length} seen, after p50 ${ms(shown.p50)}, p99 ${ms(shown.p99)}, max ${ms(shown.max)}${visible.unseen > 0 ? `; ${visible.unseen} never seen (pushed off home by newer ones first, or late)` : ''}`,
  ]
}

/** Next's keys: /route-cache/APP_PAGE/<build hash>/$/beranda; a data entry's is a hash, its tags say what it is. */
const family = (key: string) =>
  key
    .replace(/^.*\/\$(?=\/)/, '')
    .replace(/^\/berita\/.*/, '/berita/*')
    .replace(/^\/cari\/hasil\/.*/, '/cari/hasil/*')
const tagged = (tags: string) => tags.replace(/report-slug:[^,]*/g, 'report-slug:*').replace(/_N_T_[^,]*,?/g, '') || '(no tags)'

/** How long the server kept requests waiting, what it spent its time on, what each publication expired and what was rendered again. */
const serverLines = ({ health, probe, clientLoop, cpu }: MixedResult): string[] => {
  const stall = spreadOf(health.map((h) => h.ms))
  const { sqlite, loopDelay, expiries, written } = probe
  const pages = written.filter((w) => w.kind !== 'FETCH')
  const data = written.filter((w) => w.kind === 'FETCH')
  const watched = probe.stopped - probe.started || 1
  return [
    `event-loop stall (GET /_warta/health every 50 ms, ${health.length} samples): p50 ${ms(stall.p50)}, p99 ${ms(stall.p99)}, max ${ms(stall.max)}; ` +
      `over 100 ms ${health.filter((h) => h.ms > 100).length}, over 500 ms ${health.filter((h) => h.ms > 500).length}`,
    `server event loop delay (in-process histogram): p50 ${ms(loopDelay.p50)}, p99 ${ms(loopDelay.p99)}, max ${ms(loopDelay.max)}; ` +
      `the load generator's own: p99 ${ms(clientLoop.p99)}, max ${ms(clientLoop.max)}`,
    `CPU from the start of the load to its last answer (${cpu.over.toFixed(1)} s, 2 cores): server ${seconds(cpu.server)} (its main thread ${seconds(cpu.serverMain)}), ` +
      `load generator ${seconds(cpu.client)}; machine load average before it ${cpu.loadBefore.toFixed(2)}`,
    `SQLite on the server's event loop (libsql runs statements synchronously): ${sqlite.statements} statements, ${ms(sqlite.ms)} ` +
      `(${((sqlite.ms / watched) * 100).toFixed(0)}% of the time); writes ${sqlite.writes}, ${ms(sqlite.writeMs)}; slowest ${sqlite.slowest
        .slice(0, 3)
        .map((s) => `${ms(s.ms)} ${s.sql.slice(0, 60)}`)
        .join(' | ')}`,
    'SQLite statements by total time (literals folded):',
    ...sqlite.bySql.slice(0, 8).map((s) => `  ${ms(s.ms).padStart(8)}  ${String(s.count).padStart(6)} x  ${s.sql.slice(0, 140)}`),
    `server cache: ${expiries.length} tag expiries (${
      counted(
        expiries.flatMap((e) => e.tags.map((tag) => tagged(tag))),
        (t) => t,
      ) || 'none'
    }); ` +
      `written: ${pages.length} page/route answers (${counted(pages, (w) => `${w.kind} ${family(w.key)}`) || 'none'}); ` +
      `${data.length} data entries (${counted(data, (w) => tagged(w.tags)) || 'none'})`,
    ...(expiries.length === 0
      ? []
      : [`per expiry: ${(pages.length / expiries.length).toFixed(1)} page/route renders, ${(data.length / expiries.length).toFixed(1)} data entries refilled`]),
  ]
}

const targetLine = ({ readers, cycles }: MixedResult): string => {
  const errors = readers.filter((s) => s.outcome !== 'ok').length
  const reader = spreadOf(readers.map((s) => s.ms)).p99
  const publish = spreadOf(cycles.map((c) => c.publish)).p99
  return [
    `targets: reader errors 0 (${errors}: ${verdict(errors === 0)})`,
    `reader p99 < 1 s (${readers.length === 0 ? 'no readers' : `${ms(reader)}: ${verdict(reader < TARGET_MS)}`})`,
    `publish p99 < 1 s (${cycles.length === 0 ? 'no publications' : `${ms(publish)}: ${verdict(publish < TARGET_MS)}`})`,
  ].join('; ')
}

/** The mixed load's figures as lines of text, with the targets beside them. */
export const mixedReport = (result: MixedResult, { timeline }: { timeline: boolean }): string[] => {
  const { options, readers, newConnections } = result
  const errors = readers.filter((s) => s.outcome !== 'ok')
  return [
    `Mixed load, ${options.seconds} s: ${options.readers} readers (each its own X-Forwarded-For and connection, gzip, ${options.timeoutMs / 1000} s timeout) ` +
      `mixing home, one of ${Math.min(100, options.reportSlugs.length)} reports, /feed.xml and a search of 20 words, ` +
      `while ${options.pairs} writer/editor pairs create, submit and publish as fast as they can`,
    '',
    ...readerTable(result),
    '',
    `reader errors: ${errors.length === 0 ? 'none' : counted(errors, (s) => `${s.outcome} on ${s.kind}`)}; ` +
      `connections opened during the load: ${newConnections}${options.openFirst ? ` (the ${options.readers} readers' were open before it)` : ''}`,
    ...publishingLines(result),
    ...serverLines(result),
    '',
    targetLine(result),
    ...(timeline ? ['', ...mixedTimeline(result)] : []),
  ]
}
