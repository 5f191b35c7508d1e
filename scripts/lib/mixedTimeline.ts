import { ms, spreadOf } from './latency'
import type { MixedResult } from './mixedLoad'

/** A row of a Markdown table. */
export const row = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`

/** Second by second: what readers got, what was published, how long the server's loop stalled, its SQLite time, what it expired and rendered. */
export const mixedTimeline = ({ started, options, readers, cycles, health, probe }: MixedResult): string[] => {
  const second = (at: number) => Math.floor((at - started) / 1000)
  const inSecond = <T extends { at: number }>(items: T[], s: number) => items.filter((item) => second(item.at) === s)
  const lines = [
    row(['s', 'reader req', 'reader p99', 'reader max', 'errors', 'published', 'health max', 'loop max', 'sqlite ms/s', 'expiries', 'renders']),
    row(Array.from({ length: 11 }, () => '---')),
  ]
  for (let s = 0; s < options.seconds; s++) {
    const mine = inSecond(readers, s)
    const spread = spreadOf(mine.map((r) => r.ms))
    // The probe's windows are a second long unless the loop stalled past their end: every window that overlaps this second.
    const from = started + s * 1000
    const loop = probe.seconds.filter((w, i) => w.at > from && (probe.seconds[i - 1]?.at ?? probe.started) < from + 1000)
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
