// @ts-check
/**
 * Conditional GET, one answer for every whole response the site gives: pages, sitemaps and feeds,
 * public API reads, front-cache hits, and the feeds' own handler (src/feeds/http.ts). Whether the
 * client's copy is still fresh is the `fresh` package's call (as in Express): If-None-Match first,
 * compared weakly; If-Modified-Since only without it. The request's Cache-Control is not shown to it:
 * this is the origin, not a cache, and an origin answers a precondition whatever the client asks of
 * caches (RFC 9110, 13.2; Node's and browsers' `fetch` add `no-cache` to every conditional request,
 * and would otherwise never get a 304).
 */
import fresh from 'fresh'

/** Below this, compressing costs more than it saves (the compression middleware's own threshold). */
export const COMPRESS_FROM = 1024

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

const CONDITIONS = ['if-none-match', 'if-modified-since']

/** Fetch's Headers (a route handler's request; Next may hand over its own class), not Node's object. @returns {headers is Headers} */
const isFetchHeaders = (/** @type {import('node:http').IncomingHttpHeaders | Headers} */ headers) => typeof headers.get === 'function'

/**
 * Whether the client's copy is still fresh, given the request's headers (Node's or Fetch's) and the
 * validators the response would carry.
 * @param {import('node:http').IncomingHttpHeaders | Headers} requestHeaders
 * @param {{ etag?: string | null; lastModified?: string | null }} validators
 */
export const isFresh = (requestHeaders, { etag, lastModified }) => {
  /** @type {Record<string, string | undefined>} */
  const conditions = {}
  for (const name of CONDITIONS) {
    const value = isFetchHeaders(requestHeaders) ? requestHeaders.get(name) : requestHeaders[name]
    conditions[name] = value === null || value === undefined ? undefined : String(value)
  }
  return fresh(conditions, { etag: etag ?? undefined, 'last-modified': lastModified ?? undefined })
}

/** Whether the request takes gzip (a q of 0 refuses it, as does `*;q=0` without a gzip entry). */
export const acceptsGzip = (/** @type {string | string[] | undefined} */ header) => {
  const entries = String(header ?? '')
    .toLowerCase()
    .split(',')
    .map((entry) => {
      const [coding = '', ...params] = entry.split(';').map((part) => part.trim())
      const q = params.find((param) => param.startsWith('q='))
      return { coding, q: q === undefined ? 1 : Number(q.slice(2)) }
    })
  const entry = entries.find(({ coding }) => coding === 'gzip') ?? entries.find(({ coding }) => coding === '*')
  return entry !== undefined && entry.q > 0
}

/**
 * The last step for a whole 200 answer to a GET: `etag` as its ETag, weak when the answer goes out as
 * gzip, as nginx marks it (a handler's own ETag, a feed's, is left as the handler set it, the same for
 * HEAD and for every encoding, as Next's compression left it); a 304 with no body when the client's
 * copy is fresh (`isFresh`, by that ETag and the answer's Last-Modified); otherwise the bytes to send,
 * the gzip ones (made by `gzipped`, which may keep them) for a reader who takes gzip. Returns
 * undefined once the response is a 304 (it is then ready to end).
 * @param {Request} req @param {Response} res @param {Buffer} body @param {string} etag
 * @param {() => Buffer} gzipped
 * @returns {Buffer | undefined}
 */
export const validated = (req, res, body, etag, gzipped) => {
  const own = res.getHeader('ETag')
  const tag = typeof own === 'string' && own ? own : etag
  const gzip = body.length >= COMPRESS_FROM && acceptsGzip(req.headers['accept-encoding']) && !/no-transform/i.test(String(res.getHeader('Cache-Control') ?? ''))
  if (tag !== own) res.setHeader('ETag', gzip ? `W/${tag}` : tag)
  if (gzip) {
    const vary = String(res.getHeader('Vary') ?? '')
    if (!/accept-encoding/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
  }
  const lastModified = res.getHeader('Last-Modified')
  if (isFresh(req.headers, { etag: String(res.getHeader('ETag')), lastModified: lastModified === undefined ? undefined : String(lastModified) })) {
    // As for Next's 304s: no body and no policy, the browser keeps its copy's.
    res.statusCode = 304
    for (const name of ['Content-Type', 'Content-Length', 'Content-Security-Policy']) res.removeHeader(name)
    return undefined
  }
  if (!gzip) return body
  res.setHeader('Content-Encoding', 'gzip')
  return gzipped()
}
