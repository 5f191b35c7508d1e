import http from 'node:http'

/** What a reader asks for: the kinds of page the mixed load mixes, and the URL. */
export type ReaderKind = 'home' | 'report' | 'feed' | 'search'
export type ReaderRequest = { kind: ReaderKind; path: string }

/**
 * One answer as a reader saw it. `source` says where the server found it: its front cache (an `Age`
 * header), Next's cache (HIT), a render (MISS), a stale copy (STALE), or none of those (a route
 * handler that says nothing).
 */
export type ReaderSample = { kind: ReaderKind; at: number; ms: number; outcome: string; source: string }

/** What a browser sends: the server answers it with the gzip bytes it keeps with each page. */
const BROWSER_HEADERS = {
  'accept-encoding': 'gzip, deflate, br',
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'user-agent': 'Mozilla/5.0 (warta-bench mixed reader)',
}

/**
 * A reader's address, as a proxy in front of the server would pass it on (X-Forwarded-For; the
 * server trusts it from a loopback peer: src/server/fairShare.mjs). From TEST-NET-2 (RFC 5737),
 * addresses that belong to nobody: only a header value, every request goes to loopback.
 */
export const readerAddress = (i: number): string => `198.51.${100 + Math.floor(i / 250)}.${(i % 250) + 1}`

const sourceOf = (headers: http.IncomingHttpHeaders): string => {
  if (headers.age !== undefined) return 'front cache'
  const next = String(headers['x-nextjs-cache'] ?? '').toUpperCase()
  return next === 'HIT' ? 'next hit' : next === 'MISS' ? 'render' : next ? next.toLowerCase() : 'no cache header'
}

/**
 * The readers' connections: one keep-alive connection each (and a few spare), counted as they open.
 * Node's server (libuv since 1.45) accepts one new connection per turn of its event loop, so a burst
 * of new connections to a busy server waits in the kernel's accept queue: `open` makes them before
 * the load starts, as a proxy's pool of connections or returning readers have them, and `opened` says
 * how many more had to be made during it (after a timeout a reader's connection is dropped).
 */
export const readerPool = (readers: number) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: readers + 16, maxFreeSockets: readers + 16 })
  const sockets = new WeakSet<object>()
  let opened = 0
  const counted = (req: http.ClientRequest) =>
    req.on('socket', (socket) => {
      if (sockets.has(socket)) return
      sockets.add(socket)
      opened++
    })
  const pool: Pool = { agent, counted }
  return {
    ...pool,
    get opened() {
      return opened
    },
    /** Opens every reader's connection with one health request each, all at once. */
    open: async (origin: string) => {
      const url = new URL(origin)
      await Promise.all(
        Array.from({ length: readers }, (_, i) =>
          get(pool, url, { kind: 'home', path: '/_warta/health' }, readerAddress(i), 30_000).then((sample) => {
            if (sample.outcome !== 'ok') throw new Error(`could not open the readers' connections: ${sample.outcome}`)
          }),
        ),
      )
    },
  }
}

type Pool = { agent: http.Agent; counted: (req: http.ClientRequest) => http.ClientRequest }

/** One GET, its body read to the end (not decoded) and timed; a `timeoutMs` without the whole answer is a timeout. */
const get = ({ agent, counted }: Pool, origin: URL, request: ReaderRequest, address: string, timeoutMs: number): Promise<ReaderSample> =>
  new Promise((resolve) => {
    const at = Date.now()
    const started = performance.now()
    let settled = false
    const settle = (outcome: string, source = '') => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve({ kind: request.kind, at, ms: performance.now() - started, outcome, source })
    }
    const req = counted(
      http.request(
        { host: origin.hostname, port: origin.port, path: request.path, agent, headers: { ...BROWSER_HEADERS, 'x-forwarded-for': address } },
        (res) => {
          res.on('data', () => {})
          res.on('end', () => settle(res.statusCode === 200 ? 'ok' : `status ${res.statusCode}`, sourceOf(res.headers)))
          res.on('error', (error) => settle(`error ${error.message}`))
        },
      ),
    )
    const timer = setTimeout(() => {
      settle('timeout')
      req.destroy()
    }, timeoutMs)
    req.on('error', (error) => settle(`error ${(error as NodeJS.ErrnoException).code ?? error.message}`))
    req.end()
  })

/**
 * `readers` readers, each its own client (its own address; the connections of `pool`), each asking
 * for one page after another until `until` (epoch ms): `next(reader)` says what. Resolves with every
 * answer to a request started before `until`.
 */
export const runReaders = async ({
  origin,
  pool,
  readers,
  until,
  next,
  timeoutMs,
}: {
  origin: string
  pool: Pool
  readers: number
  until: number
  next: (reader: number) => ReaderRequest
  timeoutMs: number
}): Promise<ReaderSample[]> => {
  const url = new URL(origin)
  const samples: ReaderSample[] = []
  const reader = async (i: number) => {
    const address = readerAddress(i)
    while (Date.now() < until) samples.push(await get(pool, url, next(i), address, timeoutMs))
  }
  try {
    await Promise.all(Array.from({ length: readers }, (_, i) => reader(i)))
  } finally {
    pool.agent.destroy()
  }
  return samples
}
