// @ts-check
/**
 * Wraps each request and response around Next's handler: the security headers on every response,
 * `no-store` on the admin and the API, the admin's per-request nonce, and the public site's pages
 * without Next's client runtime (or, for a page streamed in parts, with the hashes of the inline
 * scripts Next marked: see ./inlineScripts.mjs), with the marker cut out of the site's pages and RSC
 * payloads. Those are served whole from Next's cache, so holding one
 * back until it ends costs no streaming; admin pages and everything else stream through untouched.
 *
 * Compression happens here, after the page is final (Next's own `compress` is off in next.config.mjs):
 * the same `compression` middleware Next uses, set up the same way. Pages from Next's cache and the
 * site's XML and feed documents get an ETag and a 304 here (`validated`, ./conditional.mjs), and
 * their gzip bytes are made once and kept. Those whole answers are offered to the front cache
 * (./frontCache.mjs), and a 404 that Next sent as its empty error document goes out as the site's
 * 404 document instead (./notFoundPage.mjs).
 */
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import { gzipSync } from 'node:zlib'

import { acceptsGzip, COMPRESS_FROM, validated } from './conditional.mjs'
import { claimInlineScripts, markerRequestHeader, newMarker, publicFlight, withoutRuntime } from './inlineScripts.mjs'
import { isErrorShell, NOT_FOUND_PAGE } from './notFoundPage.mjs'
import { PAGE_SCRIPTS } from './pageScripts.mjs'
import { publicApiTags } from './publicApi.mjs'
import { expiredSince, publicGeneration } from './publicGeneration.mjs'
import { pathOf } from './requestPath.mjs'
import { currentRequestTags, EVERY_PUBLIC_CHANGE, surrogateKey } from './requestTags.mjs'
import { adminPolicy, areaOf, baseHeaders, nonPagePolicy, sitePolicy } from './securityHeaders.mjs'

const require = createRequire(import.meta.url)
/** @type {() => (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void} */
const compression = require('next/dist/compiled/compression')
/** @type {{ releaseCompressionStream: (res: import('node:http').ServerResponse) => void }} */
const { releaseCompressionStream } = require('next/dist/server/lib/release-compression-stream')

/** How many final pages are kept (each about twice its size: the text and the bytes, plus gzip). */
const FINAL_PAGES = 200
/** How many documents' gzip bytes are kept (sitemap files and feeds: tens of kilobytes each). */
const DOCUMENTS = 100
/** The site's documents for machines: sitemaps, feeds, robots.txt's neighbours. Held whole, as pages are. */
const DOCUMENT_TYPE = /^\s*(application\/((rss|atom)\+xml|feed\+json|xml|json)|text\/xml)\s*(;|$)/i

/** A strong validator of a final response: a hash of the bytes it is sent as (uncompressed). */
const etagOf = (/** @type {Buffer} */ html) => `"${createHash('sha1').update(html).digest('base64url')}"`

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {(error?: Error | null) => void} Callback */

/**
 * A written chunk as a Buffer, without copying the Uint8Arrays Next writes (Node would not copy
 * them either before they reach the socket).
 * @param {unknown} chunk @param {unknown} encoding
 */
const toBuffer = (chunk, encoding) => {
  if (Buffer.isBuffer(chunk)) return chunk
  if (typeof chunk === 'string') return Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8'))
  const view = /** @type {Uint8Array} */ (chunk)
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength)
}

/** Headers given to writeHead, as an object or a flat [name, value, ...] list, set on the response. */
const applyHeaders = (/** @type {Response} */ res, /** @type {unknown} */ headers) => {
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1])
  } else if (headers && typeof headers === 'object') {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
  }
}

/** What Next sends with a page that is not found: never kept by a browser or a shared cache. */
const NOT_FOUND_CACHE_CONTROL = 'private, no-cache, no-store, max-age=0, must-revalidate'
/** An anonymous public API read: any cache may keep it, but must ask again (with its ETag) before each use. */
const PUBLIC_API_CACHE_CONTROL = 'public, max-age=0, must-revalidate'

/**
 * @typedef {((req: Request, res: Response) => void) & { answerUnknown: (req: Request, res: Response) => boolean }} Hardening
 */

/**
 * The function that prepares each request and response before Next's handler sees them. Whole public
 * answers are offered to `front` (./frontCache.mjs), which keeps those it may. Its `answerUnknown`
 * answers a GET or HEAD of a path that `isRoute` (./routeTable.mjs) says no route has with the site's
 * 404 document itself, once this server has it: true when it did (the response is then ended), and
 * Next never sees the request.
 * @param {{ marker: string; trustedScripts: ReadonlySet<string>; https: boolean; front?: import('./frontCache.mjs').FrontCache;
 *   isRoute?: (pathname: string) => boolean | undefined }} options
 * @returns {Hardening}
 */
export const responseHardening = ({ marker, trustedScripts, https, front, isRoute = () => true }) => {
  const compress = compression()
  const always = baseHeaders({ https })

  /**
   * A page as it leaves: without Next's client runtime, so with no inline script at all; or, for a
   * page React streamed in parts (which needs its scripts), with the hashes of those it marked.
   * @returns {{ html: Buffer; policy: string; gzip?: Buffer; etag?: string }}
   */
  const finalPage = (/** @type {Buffer} */ html) => {
    const bare = withoutRuntime(html, marker, PAGE_SCRIPTS)
    if (bare) return { html: bare, policy: sitePolicy([], { https }) }
    const claimed = claimInlineScripts(html, marker, trustedScripts)
    return { html: claimed.html, policy: sitePolicy(claimed.hashes, { https }) }
  }
  // Next answers a cached page with the very string it keeps in its cache: the final page is kept
  // for the last pages seen, keyed by that text (a Map compares the whole text, so only identical
  // pages share an entry), and a cache hit costs a lookup.
  /** @type {Map<string, { html: Buffer; policy: string; gzip?: Buffer; etag?: string }>} */
  const finalPages = new Map()
  const finalPageOf = (/** @type {string} */ text) => {
    const final = finalPages.get(text) ?? finalPage(Buffer.from(text, 'utf8'))
    finalPages.delete(text)
    finalPages.set(text, final)
    if (finalPages.size > FINAL_PAGES) finalPages.delete(/** @type {string} */ (finalPages.keys().next().value))
    return final
  }
  // A sitemap file or a feed reaches the response in chunks, so it is known by a hash of its bytes: the
  // gzip bytes of the last documents seen are kept under it.
  // The site's 404 document, final, once this server has served it (nextServer.mjs asks for it at start).
  /** @type {{ html: Buffer; policy: string; gzip?: Buffer } | undefined} */
  let notFoundPage
  /** @type {Map<string, Buffer>} */
  const documents = new Map()
  const documentGzip = (/** @type {string} */ etag, /** @type {Buffer} */ body) => () => {
    const gzip = documents.get(etag) ?? gzipSync(body, { level: 9 })
    documents.delete(etag)
    documents.set(etag, gzip)
    if (documents.size > DOCUMENTS) documents.delete(/** @type {string} */ (documents.keys().next().value))
    return gzip
  }

  /** @type {Hardening['answerUnknown']} */
  const answerUnknown = (req, res) => {
    const page = notFoundPage
    if (!page || (req.method !== 'GET' && req.method !== 'HEAD') || isRoute(pathOf(req.url)) !== false) return false
    res.statusCode = 404
    for (const [name, value] of always) res.setHeader(name, value)
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Content-Security-Policy', page.policy)
    res.setHeader('Cache-Control', NOT_FOUND_CACHE_CONTROL)
    res.setHeader('Vary', 'Accept-Encoding')
    const gzip = page.html.length >= COMPRESS_FROM && acceptsGzip(req.headers['accept-encoding'])
    const body = gzip ? (page.gzip ??= gzipSync(page.html, { level: 9 })) : page.html
    if (gzip) res.setHeader('Content-Encoding', 'gzip')
    res.setHeader('Content-Length', body.length)
    res.end(req.method === 'HEAD' ? undefined : body)
    return true
  }

  /** @type {(req: Request, res: Response) => void} */
  const harden = (req, res) => {
    // What the front cache keeps from this answer must be no older than Next's cache as it is now.
    const generation = publicGeneration()
    // The URL the front cache keeps the answer under: as it came (Next rewrites req.url in place).
    const url = req.url
    const path = pathOf(req.url)
    const area = areaOf(path)
    const apiTags = area === 'api' ? publicApiTags(req, path) : undefined
    // Next takes the nonce for its scripts from this request header; a client's own is never used.
    const nonce = area === 'admin' ? newMarker() : marker
    req.headers['content-security-policy'] = markerRequestHeader(nonce)
    delete req.headers['content-security-policy-report-only']

    compress(req, res, () => {})
    // On client disconnect the middleware never ends its zlib stream (as in Next's router-server).
    res.once('close', () => {
      if (!res.writableFinished) releaseCompressionStream(res)
    })

    const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders }
    /** @type {'pass' | 'hold' | undefined} */
    let mode
    /** @type {'page' | 'flight' | 'document'} */
    let kind = 'flight'
    /** @type {Buffer[]} */
    const held = []

    /** Sets the headers once, when the response's own are known, and picks pass or hold. */
    const decide = () => {
      if (mode) return mode
      for (const [name, value] of always) res.setHeader(name, value)
      res.removeHeader('X-Powered-By')
      if (area !== 'site') res.setHeader('Cache-Control', 'no-store')
      // A 304's headers replace those the browser keeps with the page: it gets no policy, so the
      // page keeps the one that came with it (Next's 304 has no Content-Type to tell a page by).
      if (res.statusCode === 304) {
        res.removeHeader('Content-Security-Policy')
        return (mode = 'pass')
      }
      // Next names the site's marker as the nonce of the stylesheets it preloads in a Link header (on
      // pages it renders anew, such as a 404): the marker is cut out there as it is from the pages.
      const link = res.getHeader('Link')
      if (area === 'site' && link !== undefined) res.setHeader('Link', String(link).replace(/;\s*nonce="[^"]*"/g, ''))
      const type = String(res.getHeader('Content-Type') ?? '')
      const page = /^\s*text\/html/i.test(type)
      // The 404 document is a 404 at its own URL too.
      if (path === NOT_FOUND_PAGE && page && res.statusCode === 200) res.statusCode = 404
      // Next marks a notFound() page of an ISR route as its route's other pages (s-maxage=3600): a
      // cache in front would keep "not found" for a report published a moment later. No shared cache
      // keeps a 404, as none keeps the fast one (answerUnknown).
      if (area === 'site' && res.statusCode === 404) res.setHeader('Cache-Control', NOT_FOUND_CACHE_CONTROL)
      if (area === 'site' && (page || /^\s*text\/x-component/i.test(type))) {
        kind = page ? 'page' : 'flight'
        return (mode = 'hold')
      }
      res.setHeader('Content-Security-Policy', page ? adminPolicy(nonce, { https }) : nonPagePolicy(type))
      // An anonymous read of the public API: public, with its tags, and kept by the front cache like a feed.
      if (apiTags !== undefined && res.statusCode === 200 && /^\s*application\/json/i.test(type) && !res.hasHeader('Content-Encoding')) {
        res.setHeader('Cache-Control', PUBLIC_API_CACHE_CONTROL)
        res.setHeader('Surrogate-Key', apiTags)
        kind = 'document'
        return (mode = 'hold')
      }
      // A whole document the site answers a GET with (its route handlers write one string in a few chunks).
      if (area === 'site' && req.method === 'GET' && res.statusCode === 200 && DOCUMENT_TYPE.test(type) && !res.hasHeader('Content-Encoding')) {
        kind = 'document'
        return (mode = 'hold')
      }
      return (mode = 'pass')
    }
    const restore = () => Object.assign(res, original)
    // Next calls these on the response; they are replaced on this one object only.
    const patched = /** @type {any} */ (res)

    patched.writeHead = function (/** @type {number} */ statusCode, /** @type {unknown[]} */ ...rest) {
      const reason = typeof rest[0] === 'string' ? rest[0] : undefined
      applyHeaders(res, reason === undefined ? rest[0] : rest[1])
      res.statusCode = statusCode
      if (reason !== undefined) res.statusMessage = reason
      if (decide() === 'hold') return res
      restore()
      return original.writeHead.call(res, statusCode)
    }
    patched.flushHeaders = function () {
      if (decide() === 'pass') {
        restore()
        original.flushHeaders.call(res)
      }
    }
    patched.write = function (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding, /** @type {Callback | undefined} */ callback) {
      if (decide() === 'pass') {
        restore()
        return original.write.apply(res, /** @type {any} */ (arguments))
      }
      held.push(toBuffer(chunk, encoding))
      const done = typeof encoding === 'function' ? encoding : callback
      if (typeof done === 'function') process.nextTick(done)
      return true
    }
    patched.end = function (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding, /** @type {Callback | undefined} */ callback) {
      if (decide() === 'pass') {
        restore()
        return original.end.apply(res, /** @type {any} */ (arguments))
      }
      const done = [chunk, encoding, callback].find((argument) => typeof argument === 'function')
      const text = held.length === 0 && typeof chunk === 'string' ? chunk : undefined
      if (text === undefined && chunk !== undefined && chunk !== null && typeof chunk !== 'function') held.push(toBuffer(chunk, encoding))
      /** @type {Buffer | undefined} */
      let body
      // A whole public answer names the cache tags of what it was made from (the tags src/data reads
      // under), for a cache in front that drops it by tag: Varnish with xkey, a CDN. One that read
      // nothing tagged is named by the tags every public change expires one of.
      if (kind !== 'flight' && res.statusCode === 200 && req.method === 'GET' && !res.hasHeader('Surrogate-Key')) {
        res.setHeader('Surrogate-Key', surrogateKey(currentRequestTags() ?? []) ?? EVERY_PUBLIC_CHANGE.join(' '))
      }
      // Made while one of its tags expired: it may show the database as it was before the change, and
      // a cache in front could store it after its purge. This reader gets it; no shared cache keeps it
      // (the front cache keeps it only if the expiry was additive, and then as stale: it is offered
      // the answer before this, and judges that itself).
      const tagged = String(res.getHeader('Surrogate-Key') ?? '').split(' ').filter(Boolean)
      const madeDuringChange = kind !== 'flight' && tagged.length > 0 && expiredSince(tagged, generation)
      if (kind === 'page') {
        const final = text === undefined ? finalPage(Buffer.concat(held)) : finalPageOf(text)
        // (From a GET: Next answers a HEAD with no body.)
        if (path === NOT_FOUND_PAGE && res.statusCode === 404 && req.method === 'GET' && final.html.length > 0) notFoundPage = final
        // A notFound() page as Next's empty error document: the site's 404 document instead.
        const shown = res.statusCode === 404 && notFoundPage && isErrorShell(final.html) ? notFoundPage : final
        res.setHeader('Content-Security-Policy', shown.policy)
        body = shown.html
        // A page gets its ETag here, hashed once for a page from Next's cache (Next's own, off in
        // next.config.mjs, hashed the whole page on every hit), and is compressed once and kept so: a
        // cache hit then costs no hashing and no zlib work (the middleware leaves a response already
        // encoded alone). A page Next has just rendered is offered to the front cache too, so that a
        // stale page made again in the background is kept at once (./frontCache.mjs).
        if (req.method === 'GET' && res.statusCode === 200) {
          final.etag ??= etagOf(final.html)
          const html = final.html
          const gzipped = () => (final.gzip ??= gzipSync(html, { level: 9 }))
          front?.keep(req, res, { body: html, etag: final.etag, gzipped, generation, url })
          body = validated(req, res, html, final.etag, gzipped)
        }
      } else if (kind === 'document') {
        const whole = text === undefined ? Buffer.concat(held) : Buffer.from(text, 'utf8')
        const etag = etagOf(whole)
        const gzipped = documentGzip(etag, whole)
        front?.keep(req, res, { body: whole, etag, gzipped, generation, url })
        body = validated(req, res, whole, etag, gzipped)
      } else {
        res.setHeader('Content-Security-Policy', nonPagePolicy('text/x-component'))
        body = publicFlight(text === undefined ? Buffer.concat(held) : Buffer.from(text, 'utf8'), marker)
      }
      if (madeDuringChange) res.setHeader('Cache-Control', 'private, no-store')
      restore()
      if (body === undefined) return res.end(/** @type {Callback | undefined} */ (done))
      // A HEAD answer has no body to measure: its length would be the page's before the marker went.
      if (req.method === 'HEAD') res.removeHeader('Content-Length')
      else if (res.hasHeader('Content-Length')) res.setHeader('Content-Length', body.length)
      return res.end(body, /** @type {Callback | undefined} */ (done))
    }
  }
  return Object.assign(harden, { answerUnknown })
}
