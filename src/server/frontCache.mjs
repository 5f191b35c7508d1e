// @ts-check
/**
 * Whole public answers kept in front of Next, as a micro-cache in front of an origin keeps them: a
 * reader's request for a page, a search or a sitemap file that Next answered from its cache a moment
 * ago is answered again here, with the same headers and bytes, without Next's router, proxy and
 * route runtime: those were nearly all of a cache hit's cost (1.2-2.2 ms of CPU, against ~50 us here).
 *
 * Kept only: 200 answers to a GET of the public site that Next served from its cache or has just
 * cached (`x-nextjs-cache` HIT, MISS or REVALIDATED; never a STALE one), or that a route handler
 * built from Next's tagged cache and says so with the tags in `Surrogate-Key` (the feeds: see
 * src/feeds/http.ts; never media), or anonymous reads of the public API (./publicApi.mjs, tagged
 * by hardenResponse), with no Set-Cookie and no private or no-store Cache-Control, for
 * requests with no cookie, no credentials, no range and none of the headers the answer varies by
 * (Next's RSC headers). A request with any of those always goes to Next. So a logged-in editor's
 * tab never reaches this cache, and nothing reaches it that Next would not give every reader. A
 * conditional request is answered here as Next's handler would answer it (./conditional.mjs: by the
 * ETag, or by the kept Last-Modified without one).
 *
 * Kept until Next's cache expires one of the answer's tags (its Surrogate-Key: the tags of what it
 * was made from, ./requestTags.mjs; ./publicGeneration.mjs records when each tag expired) and for
 * at most a minute: a publication drops home and the feeds, not another report's page. The
 * generation an answer is kept under is the one its request began with, so a page rendered while a
 * report was being withdrawn is dropped on its first lookup.
 *
 * After an additive expiry (a first publication: something appears, nothing public goes or changes)
 * an answer is stale, not dropped: as a CDN's stale-while-revalidate, readers get it at once (marked
 * `private, no-store`, so that no cache keeps it) while the server asks itself for the page again in
 * the background (`refresh`, two URLs at a time), for at most ADDITIVE_STALE_SECONDS from when it was
 * first found stale. So a burst of publications costs each kept page one render at a time, not one
 * waiting reader per page per publication. A hard expiry (a withdrawal, a revision, a correction)
 * drops the answer at once, stale or not.
 */
import { randomUUID } from 'node:crypto'

import { validated } from './conditional.mjs'
import { publicApiTags } from './publicApi.mjs'
import { ADDITIVE_STALE_SECONDS, expiredSince, hardExpiredSince } from './publicGeneration.mjs'
import { pathOf } from './requestPath.mjs'
import { areaOf } from './securityHeaders.mjs'

/** How many answers are kept, and their bytes at most (uncompressed; their gzip bytes add up to a seventh more). */
const ENTRIES = 1000
const BYTES = 64 * 1024 * 1024
/** An answer larger than this is left to Next. */
const LARGEST = 2 * 1024 * 1024
/** The longest an answer is kept even when no tag expires (Next's own revalidate times are an hour or ten minutes). */
const MAX_AGE_MS = 60_000
/** The longest a request waits for the same request's answer to be made (then it asks Next itself). */
const FOLLOW_MS = 10_000
/** How long the requests for a URL whose answer was not kept go to Next without waiting for each other. */
const UNKEPT_MS = 10_000
/** Request headers that make an answer personal or partial. */
const PERSONAL = ['cookie', 'authorization', 'range', 'if-range']
/** Answers Next gave from its cache, or rendered and cached for everyone. */
const FROM_NEXT_CACHE = new Set(['HIT', 'MISS', 'REVALIDATED'])
/** How many stale answers are made again at once in the background. */
const REFRESHES = 2
/** The request header that marks the server's own request for a stale answer's page (its value: this cache's token). */
export const REFRESH_HEADER = 'x-warta-refresh'
/** A stale answer's policy: this reader may see it, no cache may keep it. */
const STALE_CACHE_CONTROL = 'private, no-store'
/** Headers written anew for each answer (Age here, length and encoding by `validated`, Date and the connection's by Node). */
const PER_ANSWER = new Set(['age', 'content-length', 'content-encoding', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'x-nextjs-cache'])

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/**
 * @typedef {{ headers: [string, number | string | string[]][]; body: Buffer; etag: string; gzipped: () => Buffer;
 *   vary: string[]; tags: string[]; generation: number; keptAt: number; staleSince?: number }} Entry
 */
/** Asks the server for `url` again with `headers` (a GET through the whole server, as a reader's); resolves once answered. @typedef {(url: string, headers: Record<string, string>) => Promise<unknown>} Refresh */

/** The request headers an answer varies by (from its Vary), but for Accept-Encoding, which `validated` handles; null for `*`. */
const varyNames = (/** @type {Response} */ res) => {
  const names = String(res.getHeader('Vary') ?? '')
    .toLowerCase()
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name && name !== 'accept-encoding')
  return names.includes('*') ? null : names
}

/** Whether the request is one every reader could have made: a GET of the site or of the public API, nothing personal, none of `vary`. */
const isPlain = (/** @type {Request} */ req, /** @type {string[]} */ vary) => {
  const path = pathOf(req.url)
  const area = areaOf(path)
  return req.method === 'GET' && (area === 'site' || (area === 'api' && publicApiTags(req, path) !== undefined)) && ![...PERSONAL, ...vary].some((name) => req.headers[name] !== undefined)
}

/**
 * @param {{ entries?: number; bytes?: number; maxAgeMs?: number; staleMs?: number; refresh?: Refresh }} [options]
 * Without `refresh`, an additive expiry drops answers as a hard one does.
 */
export const frontCache = ({ entries: maxEntries = ENTRIES, bytes: maxBytes = BYTES, maxAgeMs = MAX_AGE_MS, staleMs = ADDITIVE_STALE_SECONDS * 1000, refresh } = {}) => {
  /** @type {Map<string, Entry>} */
  const entries = new Map()
  const token = randomUUID()
  /** Whether the request is the server's own, for a stale answer's page. @param {Request} req */
  const isRefresh = (req) => req.headers[REFRESH_HEADER] === token
  /** URLs whose stale answer is being made again, or waits to be, with the entry that was stale. @type {Map<string, Entry>} */
  const refreshing = new Map()
  /** @type {string[]} */
  const waiting = []
  let running = 0
  let bytes = 0
  /** The request for a URL now with Next, whose answer the same requests wait for: its end. @type {Map<string, Promise<void>>} */
  const leaders = new Map()
  /** URLs whose last answer was not kept (a search, a personal page), until when. @type {Map<string, number>} */
  const unkept = new Map()
  const drop = (/** @type {string} */ url) => {
    const entry = entries.get(url)
    if (!entry) return
    entries.delete(url)
    bytes -= entry.body.length
  }

  /** Makes stale answers again in the background, REFRESHES at a time, oldest first. */
  const pump = () => {
    while (refresh && running < REFRESHES && waiting.length > 0) {
      const url = /** @type {string} */ (waiting.shift())
      running++
      const stale = refreshing.get(url)
      const again = () => refresh(url, { [REFRESH_HEADER]: token })
      // Asked twice at most: an answer made while one of its tags expired hard is not kept, and the
      // second is made after that expiry.
      void Promise.resolve()
        .then(again)
        .then(() => (entries.get(url) === stale ? again() : undefined))
        .catch(() => {})
        .finally(() => {
          running--
          // Not made again (the answer was not kept: it failed, or is no longer a page to keep): the
          // stale one goes too, so the next reader asks Next.
          refreshing.delete(url)
          if (stale && entries.get(url) === stale) drop(url)
          pump()
        })
    }
  }
  /** @param {string} url @param {Entry} entry */
  const scheduleRefresh = (url, entry) => {
    if (refreshing.has(url)) return
    refreshing.set(url, entry)
    waiting.push(url)
    pump()
  }

  return {
    /** How many answers are kept now (for tests). */
    get size() {
      return entries.size
    },
    isRefresh,
    /** How many stale answers are being made again or wait to be (for tests). */
    get refreshing() {
      return refreshing.size
    },

    /**
     * Answers the request from what is kept, if anything is and is still good: true when answered
     * (the response is then ended). Call it before Next sees the request.
     * @param {Request} req @param {Response} res
     */
    answer(req, res) {
      if (req.method !== 'GET' || entries.size === 0) return false
      const url = req.url ?? '/'
      const entry = entries.get(url)
      if (!entry) return false
      const now = Date.now()
      if (now - entry.keptAt > maxAgeMs || hardExpiredSince(entry.tags, entry.generation)) {
        drop(url)
        return false
      }
      const stale = expiredSince(entry.tags, entry.generation)
      if (stale) {
        entry.staleSince ??= now
        if (!refresh || now - entry.staleSince > staleMs) {
          drop(url)
          return false
        }
        // The server's own request for the page again goes on to Next.
        if (isRefresh(req)) return false
      }
      if (!isPlain(req, entry.vary)) return false
      entries.delete(url)
      entries.set(url, entry)
      res.statusCode = 200
      for (const [name, value] of entry.headers) res.setHeader(name, value)
      res.setHeader('x-nextjs-cache', stale ? 'STALE' : 'HIT')
      if (stale) {
        res.setHeader('Cache-Control', STALE_CACHE_CONTROL)
        scheduleRefresh(url, entry)
      }
      // As any HTTP cache does (RFC 9111): how long ago the answer left its origin, Next.
      res.setHeader('Age', Math.floor((Date.now() - entry.keptAt) / 1000))
      const body = validated(req, res, entry.body, entry.etag, entry.gzipped)
      if (body === undefined) res.end()
      else {
        res.setHeader('Content-Length', body.length)
        res.end(body)
      }
      return true
    },

    /**
     * One request for a URL at a time goes to Next; the same requests arriving meanwhile wait for its
     * answer and get it from here (as a CDN collapses requests), instead of each rendering the page
     * again when a tag has just expired. Resolves true when the request was answered so; false when
     * it must go to Next itself: it is the first, it waited in vain (the answer was not kept, or took
     * over ten seconds), or answers to its URL are not kept.
     * @param {Request} req @param {Response} res
     * @returns {Promise<boolean>}
     */
    async follow(req, res) {
      if (!isPlain(req, [])) return false
      const url = req.url ?? '/'
      const leader = leaders.get(url)
      if (leader) {
        /** @type {ReturnType<typeof setTimeout> | undefined} */
        let timer
        await Promise.race([leader, new Promise((resolve) => (timer = setTimeout(resolve, FOLLOW_MS)))])
        clearTimeout(timer)
        return !res.destroyed && this.answer(req, res)
      }
      const until = unkept.get(url)
      if (until !== undefined) {
        if (until > Date.now()) return false
        unkept.delete(url)
      }
      /** @type {() => void} */
      let done = () => {}
      leaders.set(url, new Promise((resolve) => (done = () => resolve(undefined))))
      res.once('close', () => {
        leaders.delete(url)
        if (!entries.has(url)) {
          unkept.set(url, Date.now() + UNKEPT_MS)
          if (unkept.size > maxEntries) unkept.delete(/** @type {string} */ (unkept.keys().next().value))
        }
        done()
      })
      return false
    },

    /**
     * Keeps an answer Next has just given, if it may be (see above), with the headers it has now:
     * call it with the final bytes, before `validated` writes the per-answer ETag and encoding.
     * `generation` is the public generation when the request began, `url` the request's URL as it
     * came (Next rewrites `req.url` in place: `?q=a%20b` becomes `?q=a+b`).
     * @param {Request} req @param {Response} res
     * @param {{ body: Buffer; etag: string; gzipped: () => Buffer; generation: number; url?: string }} answer
     */
    keep(req, res, { body, etag, gzipped, generation, url = req.url ?? '/' }) {
      const tags = String(res.getHeader('Surrogate-Key') ?? '').split(/[\s,]+/).filter(Boolean)
      // Made before a hard expiry of its tags: never kept. Before an additive one: kept, and stale at once.
      if (res.statusCode !== 200 || body.length > LARGEST || hardExpiredSince(tags, generation)) return
      const tagged = res.hasHeader('Surrogate-Key') && /\bpublic\b/i.test(String(res.getHeader('Cache-Control') ?? ''))
      if (!tagged && !FROM_NEXT_CACHE.has(String(res.getHeader('x-nextjs-cache') ?? '').toUpperCase())) return
      if (res.hasHeader('Set-Cookie') || /private|no-store|no-cache/i.test(String(res.getHeader('Cache-Control') ?? ''))) return
      const vary = varyNames(res)
      if (vary === null || !isPlain(req, vary)) return
      drop(url)
      const headers = /** @type {Entry['headers']} */ (Object.entries(res.getHeaders()).filter(([name, value]) => value !== undefined && !PER_ANSWER.has(name)))
      entries.set(url, { headers, body, etag, gzipped, vary, tags, generation, keptAt: Date.now() })
      bytes += body.length
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break
        drop(oldest)
      }
    },
  }
}

/** @typedef {ReturnType<typeof frontCache>} FrontCache */
