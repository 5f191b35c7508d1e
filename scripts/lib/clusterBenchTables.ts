/**
 * `npm run bench:cluster`'s output (scripts/benchCluster.ts): markdown tables as bench.ts prints
 * them, and the issue's targets with PASS or FAIL and the figure each was judged on.
 */
import os from 'node:os'

import { median, type Settings, type TopologyFigures } from './benchTopology'
import type { Visible } from './publishToVisible'

export type ClusterBenchRun = {
  reports: number
  settings: Settings
  varnishParams: string[]
  publications: number
  embedded: TopologyFigures
  scaled: TopologyFigures
  visible: Visible
}

/** The run's tables: one per topology, publish-to-visible, then every target with PASS or FAIL. */
export const clusterBenchTables = ({
  reports,
  settings,
  varnishParams,
  publications,
  embedded,
  scaled,
  visible,
}: ClusterBenchRun): string => {
  const { load } = settings
  const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : '-')
  const percent = (ratio: number) => `${(ratio * 100).toFixed(0)}%`
  const us = (value: number | undefined) => (value === undefined ? '' : `${value.toFixed(0)} us`)
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`
  const lines: string[] = [
    `Warta, embedded default and scaled topology, ${reports} published reports, ${os.cpus().length} cores; wrk -t${load.threads} -c${load.connections} -d${load.seconds}s, Accept-Encoding: gzip; hits in ${settings.rounds} rounds beside nginx (gzip_static, no access log) serving the same bytes${settings.nginxOwnHeaders ? ' with its own headers' : ' and headers'}${varnishParams.length ? `; varnishd ${varnishParams.map((p) => `-p ${p}`).join(' ')}` : ''}`,
  ]
  const reportHits = (figures: TopologyFigures) => figures.hits[0]!.hit.rps
  for (const figures of [embedded, scaled]) {
    const varnish = figures.topology.varnishWorkDir !== undefined
    lines.push(
      '',
      `### ${varnish ? 'Scaled topology: Varnish in front of 2 web processes and a worker, PostgreSQL, Redis' : 'Embedded default: one process, SQLite'}`,
      '',
      row([
        'hits on',
        'req/s',
        'nginx req/s (same pair)',
        'vs nginx: median (range)',
        'p50 / p99',
        'server CPU per request (nginx)',
        'wrk CPU per request',
        varnish ? 'X-Cache / hit share' : 'errors',
      ]),
      row(Array.from({ length: 8 }, () => '---')),
      ...figures.hits.map(({ name, hit, ceiling, ratios, xCache }) =>
        row([
          name,
          hit.rps.toFixed(0),
          ceiling.rps.toFixed(0),
          `${percent(median(ratios))} (${percent(Math.min(...ratios))}-${percent(Math.max(...ratios))})`,
          `${ms(hit.p50)} / ${ms(hit.p99)}`,
          `${us(hit.serverCpuUs)} (${us(ceiling.serverCpuUs)})`,
          us(hit.loadCpuUs),
          varnish
            ? `${xCache ?? '?'} / ${hit.cacheHitShare === undefined ? '?' : percent(hit.cacheHitShare)}`
            : String(hit.failedStatus + hit.socketErrors + ceiling.failedStatus + ceiling.socketErrors),
        ]),
      ),
      '',
      row(['unknown', 'req/s', 'vs cached report page', 'p50 / p99', 'server CPU per request', '404s of requests', 'socket errors']),
      row(Array.from({ length: 7 }, () => '---')),
      ...figures.unknown.map(({ name, pattern, run }) =>
        row([
          `${name} \`${pattern.replace('{n}', '<n>')}\``,
          run.rps.toFixed(0),
          percent(run.rps / reportHits(figures)),
          `${ms(run.p50)} / ${ms(run.p99)}`,
          us(run.serverCpuUs),
          `${run.failedStatus} of ${run.requests}`,
          String(run.socketErrors),
        ]),
      ),
      ...(figures.varnishHeld
        ? [
            '',
            `Varnish after the unknown runs: ${figures.varnishHeld.objects} objects (a hit-for-miss marker left per unknown URL would count here), Transient storage ${(figures.varnishHeld.transientBytes / 2 ** 20).toFixed(1)} MB, main storage ${(figures.varnishHeld.storageBytes / 2 ** 20).toFixed(1)} MB.`,
          ]
        : []),
      '',
      `Cached report page p99 (median of ${settings.rounds} pairs): ${ms(figures.p99.alone.p99)} alone (${figures.p99.alone.rps.toFixed(0)} req/s), ${ms(figures.p99.scanned.p99)} with a scanner at ${settings.scannerRate} req/s (${figures.p99.scanned.rps.toFixed(0)} req/s): ${figures.p99.ratios.map((r) => `${r.toFixed(2)}x`).join(', ')}. Scanner: ${figures.p99.scan.answered} answered at ${figures.p99.scan.perSecond.toFixed(0)} req/s, ${figures.p99.scan.notFound} of them 404, ${figures.p99.scan.otherStatus} other, ${figures.p99.scan.failed} failed, ${figures.p99.scan.skipped} skipped; its own p99 ${ms(figures.p99.scan.p99)}.`,
      `Bytes served (gzip; identity): ${figures.copies.map((copy) => `${copy.path.length > 24 ? `${copy.path.slice(0, 21)}...` : copy.path} ${copy.gzipBytes} B; ${copy.identityBytes} B`).join(', ')}. Response headers: ${figures.headerBytes.server} B from ${varnish ? 'Varnish' : 'the server'}, ${figures.headerBytes.nginx} B from nginx.`,
    )
  }
  lines.push(
    '',
    `Publish-to-visible through Varnish (report page and home both show it), ${visible.times.length} of ${publications} publications, from the editor's request: ${visible.times.map((t) => `${t.toFixed(0)} ms`).join(', ')}; median ${ms(median(visible.times))}, max ${ms(Math.max(...visible.times))} (after the publish answer: median ${ms(median(visible.afterAnswer))}, max ${ms(Math.max(...visible.afterAnswer))}).`,
    ...visible.invisible.map((line) => `Not visible: ${line}`),
    'invisible' in visible.askedBefore
      ? `A report whose page a reader asked for before its publication: not visible: ${visible.askedBefore.invisible}.`
      : `A report whose page a reader asked for before its publication: visible after ${ms(visible.askedBefore.ms)}.`,
  )

  const targets: [string, string, boolean][] = [
    ...scaled.hits.map(({ name, ratios }): [string, string, boolean] => [
      `Varnish hits >= 70% of nginx: ${name}`,
      percent(median(ratios)),
      median(ratios) >= 0.7,
    ]),
    ...embedded.unknown.map(({ name, run }): [string, string, boolean] => {
      const ratio = run.rps / reportHits(embedded)
      return [
        `embedded: ${name} >= 50% of the cached page's rate`,
        `${percent(ratio)} (${run.rps.toFixed(0)} vs ${reportHits(embedded).toFixed(0)} req/s)`,
        ratio >= 0.5,
      ]
    }),
    ...[embedded, scaled].map((figures): [string, string, boolean] => {
      const ratio = median(figures.p99.ratios)
      return [
        `${figures.topology.name}: cached p99 with the scanner <= 2x without`,
        `${ratio.toFixed(2)}x (${ms(figures.p99.scanned.p99)} vs ${ms(figures.p99.alone.p99)})`,
        ratio <= 2,
      ]
    }),
    [
      'publish-to-visible through Varnish < 1 s (max)',
      `max ${ms(Math.max(...visible.times))}, median ${ms(median(visible.times))}${visible.invisible.length ? `; ${visible.invisible.length} of ${publications} not visible after 5 s` : ''}`,
      visible.invisible.length === 0 && Math.max(...visible.times) < 1000,
    ],
    [
      'the same when its page was asked for before its publication (a 404 outlives nothing)',
      'invisible' in visible.askedBefore
        ? `not visible after 5 s (${visible.askedBefore.invisible.split('page ')[1]?.split(';')[0] ?? ''})`
        : ms(visible.askedBefore.ms),
      !('invisible' in visible.askedBefore) && visible.askedBefore.ms < 1000,
    ],
  ]
  lines.push(
    '',
    '| target | figure | |',
    '|---|---|---|',
    ...targets.map(([target, figure, met]) => row([target, figure, met ? 'PASS' : 'FAIL'])),
  )
  return lines.join('\n')
}
