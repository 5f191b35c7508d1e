import { ms, spreadOf, type Spread } from './latency'
import type { MixedResult } from './mixedLoad'
import type { ReaderSample } from './mixedReaders'

/** Issue 21's targets for the embedded default. */
const TARGET_MS = 1000

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
const spreadCells = (s: Spread) => [ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)]
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED')
const seconds = (value: number | undefined) => (value === undefined ? '?' : `${value.toFixed(1)} s`)

/** Counts of a list by a key, largest first, as "a 12, b 3". */
const counted = <T>(items: T[], key: (item: T) => string): string =>
  [...items.reduce((counts, item) => counts.set(key(item), (counts.get(key(item)) ?? 0) + 1), new Map<string, number>())]
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${n}`)
    .join(', ')

const PATH_NAMES: Record<ReaderSample['kind'], string> = { home: 'home /', report: 'report /berita/{slug}', feed: 'feed /feed.xml', search: 'search /cari?q=' }

/** What the server wrote to Next's cache during the load, by kind and, for pages and routes, by path family. */
const writtenSummary = (written: MixedResult['probe']['written']): string => {
  // Next's keys: /route-cache/APP_PAGE/<build hash>/$/beranda; a data entry's is a hash, its tags say what it is.
  const family = (key: string) =>
    key
      .replace(/^.*\/\$(?=\/)/, '')
      .replace(/^\/berita\/.*/, '/berita/*')
      .replace(/^\/cari\/hasil\/.*/, '/cari/hasil/*')
  const tagged = (tags: string) => tags.replace(/report-slug:[^,]*/g, 'report-slug:*').replace(/_N_T_[^,]*,?/g, '') || '(no tags)'
  const pages = written.filter((w) => w.kind !== 'FETCH')
  const data = written.filter((w) => w.kind === 'FETCH')
  return `${pages.length} page/route answers (${counted(pages, (w) => `${w.kind} ${family(w.key)}`) || 'none'}); ${data.length} data entries (${counted(data, (w) => tagged(w.tags)) || 'none'})`
}

/** The mixed load's figures as lines of text, with the targets beside them. */
export const mixedReport = (result: MixedResult, { timeline }: { timeline: boolean }): string[] => {
  const { options, readers, cycles, failures, health, probe, clientLoop, cpu } = result
  const window = options.seconds
  const all = spreadOf(readers.map((s) => s.ms))
  const errors = readers.filter((s) => s.outcome !== 'ok')
  const publish = spreadOf(cycles.map((c) => c.publish))
  const cycle = spreadOf(cycles.map((c) => c.total))
  const probeSpread = spreadOf(health.map((h) => h.ms))
  const expiredTags = probe.expiries.flatMap((e) => e.tags.map((tag) => tag.replace(/^report-slug:.*/, 'report-slug:*')))
  const lines = [
    `Mixed load, ${window} s: ${options.readers} readers (each its own X-Forwarded-For and connection, gzip, ${options.timeoutMs / 1000} s timeout) mixing home, one of ${Math.min(100, options.reportSlugs.length)} reports, /feed.xml and a search of 20 words, while ${options.pairs} writer/editor pairs create, submit and publish as fast as they can`,
    '',
    row(['path', 'requests', 'req/s', 'errors', 'p50', 'p95', 'p99', 'max', 'served from']),
    row(['---', '---', '---', '---', '---', '---', '---', '---', '---']),
    ...(['home', 'report', 'feed', 'search'] as const).map((kind) => {
      const mine = readers.filter((s) => s.kind === kind)
      return row([PATH_NAMES[kind], mine.length, (mine.length / window).toFixed(0), mine.filter((s) => s.outcome !== 'ok').length, ...spreadCells(spreadOf(mine.map((s) => s.ms))), counted(mine, (s) => s.source || s.outcome)])
    }),
    row(['**all readers**', readers.length, (readers.length / window).toFixed(0), errors.length, ...spreadCells(all), '']),
    '',
    `reader errors: ${errors.length === 0 ? 'none' : counted(errors, (s) => `${s.outcome} on ${s.kind}`)}; connections opened during the load: ${result.newConnections}${options.openFirst ? ` (the ${options.readers} readers' were open before it)` : ''}`,
    `publications: ${cycles.length} (${(cycles.length / window).toFixed(2)}/s); publish call p50 ${ms(publish.p50)}, p95 ${ms(publish.p95)}, p99 ${ms(publish.p99)}, max ${ms(publish.max)}; create+submit+publish p50 ${ms(cycle.p50)}, p99 ${ms(cycle.p99)}; create p50 ${ms(spreadOf(cycles.map((c) => c.create)).p50)}, submit p50 ${ms(spreadOf(cycles.map((c) => c.submit)).p50)}`,
    `publishing failures: ${failures.length === 0 ? 'none' : counted(failures, (f) => `${f.step}: ${f.message}`)}`,
    `event-loop stall (GET /_warta/health every 50 ms, ${health.length} samples): p50 ${ms(probeSpread.p50)}, p99 ${ms(probeSpread.p99)}, max ${ms(probeSpread.max)}; over 100 ms ${health.filter((h) => h.ms > 100).length}, over 500 ms ${health.filter((h) => h.ms > 500).length}`,
    `server event loop delay (in-process histogram): p50 ${ms(probe.loopDelay.p50)}, p99 ${ms(probe.loopDelay.p99)}, max ${ms(probe.loopDelay.max)}; the load generator's own: p99 ${ms(clientLoop.p99)}, max ${ms(clientLoop.max)}`,
    `CPU during the load (${window} s, 2 cores): server ${seconds(cpu.server)} (its main thread ${seconds(cpu.serverMain)}), load generator ${seconds(cpu.client)}; machine load average before it ${cpu.loadBefore.toFixed(2)}`,
    `SQLite on the server's event loop (libsql runs statements synchronously): ${probe.sqlite.statements} statements, ${ms(probe.sqlite.ms)} (${((probe.sqlite.ms / ((probe.stopped - probe.started) || 1)) * 100).toFixed(0)}% of the watch); writes ${probe.sqlite.writes}, ${ms(probe.sqlite.writeMs)}; slowest ${probe.sqlite.slowest
      .slice(0, 3)
      .map((s) => `${ms(s.ms)} ${s.sql.slice(0, 70)}`)
      .join(' | ')}`,
    'SQLite statements by total time (literals folded):',
    ...probe.sqlite.bySql.slice(0, 8).map((s) => `  ${ms(s.ms).padStart(8)}  ${String(s.count).padStart(6)} x  ${s.sql.slice(0, 150)}`),
    `server cache: ${probe.expiries.length} tag expiries (${counted(expiredTags, (t) => t) || 'none'}); written: ${writtenSummary(probe.written)}`,
    ...(probe.expiries.length === 0
      ? []
      : [`per expiry: ${(probe.written.filter((w) => w.kind !== 'FETCH').length / probe.expiries.length).toFixed(1)} page/route renders and ${(probe.written.filter((w) => w.kind === 'FETCH').length / probe.expiries.length).toFixed(1)} data entries refilled`]),
    '',
    `targets: reader errors 0 (${errors.length}: ${verdict(errors.length === 0)}); reader p99 < 1 s (${
      readers.length === 0 ? 'no readers' : `${ms(all.p99)}: ${verdict(all.p99 < TARGET_MS)}`
    }); publish p99 < 1 s (${
      cycles.length === 0 ? 'no publications' : `${ms(publish.p99)}: ${verdict(publish.p99 < TARGET_MS)}`
    })`,
  ]
  return timeline ? [...lines, '', ...timelineOf(result)] : lines
}

/** Second by second: what readers got, what was published, how long the server's loop stalled, what it rendered. */
const timelineOf = ({ started, options, readers, cycles, health, probe }: MixedResult): string[] => {
  const second = (at: number) => Math.floor((at - started) / 1000)
  const inSecond = <T extends { at: number }>(items: T[], s: number) => items.filter((item) => second(item.at) === s)
  const lines = [row(['s', 'reader req', 'reader p99', 'reader max', 'errors', 'published', 'health max', 'loop max', 'sqlite', 'expiries', 'renders'])]
  lines.push(row(Array.from({ length: 11 }, () => '---')))
  for (let s = 0; s < options.seconds; s++) {
    const mine = inSecond(readers, s)
    const spread = spreadOf(mine.map((r) => r.ms))
    // The probe's windows are a second long unless the loop stalled past their end: take every window that overlaps this second.
    const loop = probe.seconds.filter((w, i) => w.at > started + s * 1000 && (probe.seconds[i - 1]?.at ?? probe.started) < started + (s + 1) * 1000)
    lines.push(
      row([
        s,
        mine.length,
        ms(spread.p99),
        ms(spread.max),
        mine.filter((r) => r.outcome !== 'ok').length,
        cycles.filter((c) => second(c.publishedAt) === s).length,
        ms(spreadOf(inSecond(health, s).map((h) => h.ms)).max),
        loop.length === 0 ? '' : ms(Math.max(...loop.map((w) => w.max))),
        loop.length === 0 ? '' : ms(loop.reduce((sum, w) => sum + w.sqliteMs, 0) / loop.length),
        inSecond(probe.expiries, s).length,
        inSecond(probe.written, s).filter((w) => w.kind !== 'FETCH').length,
      ]),
    )
  }
  return lines
}
