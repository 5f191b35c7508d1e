// @ts-check
/**
 * The cache tags of what a request read from Next's cache: every entry Next's cache handler
 * (./nextCacheHandler.mjs) gets or sets while the request runs notes its tags here, so a public
 * answer can name them in `Surrogate-Key` (./hardenResponse.mjs) and a cache in front (Varnish with
 * xkey, a CDN) can drop it when one of them expires (./sharedExpiry.mjs). A page's own entry carries
 * the tags of all the data it was rendered from (Next's `x-next-cache-tags`), and the data entries
 * carry theirs (src/data, src/constants/cacheTags.ts).
 *
 * The store lives on globalThis: Next loads the cache handler as a module instance of its own.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

import { publicGeneration } from './publicGeneration.mjs'

const KEY = Symbol.for('warta.requestTags')
/** Next's implicit tags (`_N_T_/path`): for revalidatePath, which Warta does not use. */
const IMPLICIT = '_N_T_'

/** @typedef {{ tags: Set<string>; generation: number }} RequestState */

/** @returns {AsyncLocalStorage<RequestState>} */
const storage = () => {
  const store = /** @type {Record<symbol, AsyncLocalStorage<RequestState> | undefined>} */ (/** @type {unknown} */ (globalThis))
  store[KEY] ??= new AsyncLocalStorage()
  return store[KEY]
}

/**
 * Runs `handle` with a fresh set of tags for the request; the set is returned to `use` (and filled
 * while `handle` runs).
 * @template T
 * @param {(tags: Set<string>) => T} handle
 * @returns {T}
 */
export const withRequestTags = (handle) => {
  /** @type {Set<string>} */
  const tags = new Set()
  return storage().run({ tags, generation: publicGeneration() }, () => handle(tags))
}

/** The tags noted so far for the current request, or undefined outside one. */
export const currentRequestTags = () => storage().getStore()?.tags

/** The public generation the current request began under (./publicGeneration.mjs), or undefined outside one. */
export const requestGeneration = () => storage().getStore()?.generation

/**
 * Notes tags read or written for the current request (a no-op outside one).
 * @param {unknown} tags an array or Next's comma-separated header value
 */
export const noteTags = (tags) => {
  const current = storage().getStore()?.tags
  if (!current) return
  const list = typeof tags === 'string' ? tags.split(',') : Array.isArray(tags) ? tags : []
  for (const tag of list) {
    if (typeof tag !== 'string') continue
    const trimmed = tag.trim()
    if (trimmed && !trimmed.startsWith(IMPLICIT)) current.add(trimmed)
  }
}

/**
 * The tags every public change expires one of (src/constants/cacheTags.ts: every list shows reports,
 * every page the taxonomy): an answer that read nothing tagged is named by them, so that a cache in
 * front never keeps it past a change it cannot know it missed.
 */
export const EVERY_PUBLIC_CHANGE = ['reports', 'taxonomy', 'corrections', 'related']

/**
 * The tags as a Surrogate-Key value (space-separated; xkey and CDNs split on spaces), or undefined
 * when there are none.
 * @param {Iterable<string>} tags
 */
export const surrogateKey = (tags) => {
  const value = [...tags].filter((tag) => /^[\x21-\x7e]+$/.test(tag)).join(' ')
  return value || undefined
}
