// @ts-check
/**
 * A counter that moves whenever Next's cache expires tags (see ./sharedExpiry.mjs), with the
 * generation at which each tag last expired. The production server keeps whole answers in front of
 * Next (./frontCache.mjs) only while none of their tags has expired since the request that made them
 * began (`expiredSince`); the known slugs (./reportSlugs.mjs) only while the counter has not moved at
 * all. It lives on globalThis: the cache handler Next loads and the server's own modules are separate
 * module instances in one process.
 */
const KEY = Symbol.for('warta.publicCacheGeneration')
const TAGS_KEY = Symbol.for('warta.publicCacheTagExpiries')
/** The expiry of everything (an advance that names no tags). */
const EVERYTHING = '*'
/** Tags remembered at most; past it, the oldest expiries are folded into one of everything. */
const MAX_TAGS = 10_000

/** @type {Record<symbol, any>} */
const store = /** @type {any} */ (globalThis)

/** @returns {Map<string, number>} */
const expiries = () => (store[TAGS_KEY] ??= new Map())

/** @returns {number} */
export const publicGeneration = () => store[KEY] ?? 0

/**
 * Moves the counter; the tags given (every tag when none are) are recorded as expired at the new
 * generation.
 * @param {Iterable<string>} [tags]
 */
export const advancePublicGeneration = (tags) => {
  const next = publicGeneration() + 1
  store[KEY] = next
  const map = expiries()
  for (const tag of tags ?? [EVERYTHING]) {
    map.delete(tag)
    map.set(tag, next)
  }
  if (map.size > MAX_TAGS) {
    map.clear()
    map.set(EVERYTHING, next)
  }
}

/**
 * Whether any of `tags` expired after `generation` (the one a request began under); an answer made
 * from no known tags counts as made from all of them.
 * @param {readonly string[]} tags @param {number} generation
 */
export const expiredSince = (tags, generation) => {
  const map = expiries()
  if ((map.get(EVERYTHING) ?? 0) > generation) return true
  if (tags.length === 0) return publicGeneration() !== generation
  return tags.some((tag) => (map.get(tag) ?? 0) > generation)
}
