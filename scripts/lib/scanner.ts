/**
 * A vulnerability scanner's traffic at a steady pace: unknown URLs (`/wp-login.php?x=n`, `/.env`,
 * random paths and report slugs), each request sent on time whether or not the earlier ones have been
 * answered, over connections of its own. For measuring what such a scanner costs everyone else.
 */
import http from 'node:http'

export type ScanFigures = {
  sent: number
  answered: number
  notFound: number
  otherStatus: number
  failed: number
  skipped: number
  perSecond: number
  p99: number
}

/** In flight at most; beyond, a request is skipped (and counted) rather than piling up. */
const MAX_IN_FLIGHT = 256
const TICK_MS = 5

const randomWord = () => Math.random().toString(36).slice(2, 10)

/** The n-th scanner path: the probes scanners send to every site, and paths nobody links to. */
export const scannerPath = (n: number): string => {
  const paths = [
    () => `/wp-login.php?x=${n}`,
    () => '/.env',
    () => `/tidak-ada-${randomWord()}`,
    () => '/.git/config',
    () => `/berita/tidak-ada-${randomWord()}`,
    () => `/xmlrpc.php?rsd=${n}`,
    () => `/${randomWord()}/${randomWord()}.php`,
    () => `/wp-admin/${randomWord()}`,
  ]
  return paths[n % paths.length]!()
}

export const startScanner = (origin: string, perSecond: number): { stop: () => Promise<ScanFigures> } => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 })
  const figures = { sent: 0, answered: 0, notFound: 0, otherStatus: 0, failed: 0, skipped: 0 }
  const times: number[] = []
  let inFlight = 0
  const started = performance.now()

  const send = () => {
    const n = figures.sent++
    if (inFlight >= MAX_IN_FLIGHT) {
      figures.skipped++
      return
    }
    inFlight++
    const at = performance.now()
    const request = http.get(
      `${origin}${scannerPath(n)}`,
      { agent, headers: { 'user-agent': 'warta-bench-scanner', 'accept-encoding': 'gzip' } },
      (response) => {
        response.resume()
        response.on('end', () => {
          inFlight--
          times.push(performance.now() - at)
          figures.answered++
          if (response.statusCode === 404) figures.notFound++
          else figures.otherStatus++
        })
      },
    )
    request.on('error', () => {
      inFlight--
      figures.failed++
    })
  }
  // Each tick sends what is due by now, so a late timer does not slow the pace.
  const timer = setInterval(() => {
    const due = Math.floor(((performance.now() - started) * perSecond) / 1000) - figures.sent
    for (let i = 0; i < due; i++) send()
  }, TICK_MS)

  return {
    stop: async () => {
      clearInterval(timer)
      const elapsed = (performance.now() - started) / 1000
      const deadline = Date.now() + 5_000
      while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
      agent.destroy()
      const sorted = times.sort((a, b) => a - b)
      const p99 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? NaN
      return { ...figures, perSecond: figures.answered / elapsed, p99 }
    },
  }
}
