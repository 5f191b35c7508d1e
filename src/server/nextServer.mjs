// @ts-check
/**
 * The production HTTP server: Next's own request handler (the one `next start` runs) behind
 * ./hardenResponse.mjs, and ./frontCache.mjs in front of both, answering again what Next's cache
 * answered a moment ago; a path no route claims (./routeTable.mjs) is answered the 404 document
 * without reaching Next; what does reach Next is shared fairly between clients (./fairShare.mjs). Plain JavaScript, so the server runs without a TypeScript loader.
 * Started by scripts/lib/serve.ts (`npm start`, the e2e server) with PORT and SERVER_URL set, and by
 * scripts/lib/cluster.ts for each web process and the worker of the scaled topology (with REDIS_URL,
 * VARNISH_PURGE_URLS, WARTA_ROLE and HOST). See ./README.md for a request's path through it.
 */
import { createServer } from 'node:http'
import path from 'node:path'

import next from 'next'

import { fairShare } from './fairShare.mjs'
import { frontCache } from './frontCache.mjs'
import { responseHardening } from './hardenResponse.mjs'
import { answerHealth } from './health.mjs'
import { buildScriptHashes, newMarker } from './inlineScripts.mjs'
import { knownSlugsToken } from './knownSlugs.mjs'
import { NOT_FOUND_PAGE } from './notFoundPage.mjs'
import { reportSlugs } from './reportSlugs.mjs'
import { routeTable } from './routeTable.mjs'
import { withRequestTags } from './requestTags.mjs'
import { isHttps } from './securityHeaders.mjs'
import { selfOrigin } from './selfOrigin.mjs'
import { listenForExpiries } from './sharedExpiry.mjs'

const port = Number(process.env.PORT || 3000)
const serverUrl = process.env.SERVER_URL || `http://localhost:${port}`
const dir = process.cwd()

const app = next({ dev: false, dir, port, hostname: 'localhost' })
await app.prepare()
// In the scaled topology, the other processes' expiries reach this one from before it serves.
await listenForExpiries()
const handle = app.getRequestHandler()
const self = selfOrigin(port)
// A stale answer (after a publication) is made again by asking this server for it, as a reader would.
const front = frontCache({
  refresh: async (url, headers) => {
    const response = await fetch(`${self}${url}`, { headers: { ...headers, 'Accept-Encoding': 'identity' }, signal: AbortSignal.timeout(30_000) })
    await response.arrayBuffer()
  },
})
const routes = routeTable(path.join(dir, '.next'))
const slugs = reportSlugs({ origin: self })
const harden = responseHardening({
  marker: newMarker(),
  trustedScripts: buildScriptHashes(path.join(dir, '.next')),
  https: isHttps(serverUrl),
  front,
  // A path no route of the build claims (a scanner's /wp-login.php), or a report slug that is not
  // known, gets the 404 document at once.
  isRoute: (pathname) => {
    const route = routes(pathname)
    return route === true ? slugs.knows(pathname) : route
  },
})

// What reaches Next is shared fairly between client addresses (but for the build's static files).
const share = fairShare({ perAddress: 4 })

let closing = false

const server = createServer(async (req, res) => {
  try {
    if (answerHealth(req, res, { closing }) || front.answer(req, res) || harden.answerUnknown(req, res)) return
    // The same request already with Next: its answer, once made (./frontCache.mjs).
    if (await front.follow(req, res)) return
    harden(req, res)
    // The cache tags of what Next reads for this request, for its Surrogate-Key (./requestTags.mjs).
    if (req.url?.startsWith('/_next/static/')) await handle(req, res)
    // The server's own requests (its known slugs, a stale page made again) are few and bounded where
    // they are made: they never wait behind a flood from the same address (a proxy on loopback).
    else if (front.isRefresh(req) || req.headers['x-warta-internal'] === knownSlugsToken()) await withRequestTags(() => handle(req, res))
    else await withRequestTags(() => share.run(req, res, () => handle(req, res)))
  } catch (error) {
    process.stderr.write(`Failed to handle ${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  }
})

for (const [signal, code] of /** @type {const} */ ([['SIGINT', 130], ['SIGTERM', 143]])) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    // A proxy's health probe sees the process going before its connections do (./health.mjs).
    server.close(() => void app.close().finally(() => process.exit(code)))
    // Keep-alive connections would hold close() open; a second later the process goes regardless.
    setTimeout(() => process.exit(code), 1_000).unref()
    server.closeIdleConnections()
  })
}

// HOST (the scaled topology: loopback, behind Varnish); by default every interface, as `next start`.
server.listen(port, process.env.HOST || undefined, () => {
  process.stdout.write(`Ready on http://localhost:${port}\n`)
  // The 404 document goes through the server once, so that it has it to send (see ./hardenResponse.mjs).
  void fetch(`${self}${NOT_FOUND_PAGE}`, { headers: { 'Accept-Encoding': 'identity' } })
    .then((response) => response.arrayBuffer())
    .catch(() => {})
})
