// @ts-check
/**
 * A counter that moves whenever Next's cache expires tags (see ./sharedExpiry.mjs), with the
 * generation at which each tag last expired. The production server keeps whole answers in front of
 * Next (./frontCache.mjs) only while none of their tags has expired since the request that made them
 * began (`expiredSince`); the known slugs (./reportSlugs.mjs) only while the counter has not moved at
 * all. It lives on globalThis: the cache handler Next loads and the server's own modules are separate
 * module instances in one process.
 *
 * An expiry is hard (a withdrawal, a correction, any change to what was public) or additive (a first
 * publication: something appears, nothing shown goes or changes). Both are recorded here; only a hard
 * one forbids the front cache to show an answer made before it (`hardExpiredSince`). After an additive
 * one the front cache may show its old answer for a few seconds while it makes the new one: the old
 * answer shows nothing that is not still public.
 */
const KEY = Symbol.for('warta.publicCacheGeneration')
const TAGS_KEY = Symbol.for('warta.publicCacheTagExpiries')
const HARD_KEY = Symbol.for('warta.publicCacheTagHardExpiries')
/**
 * An additive expiry reaches Next's cache handler as a `revalidateTag` whose profile says
 * `expire: ADDITIVE_STALE_SECONDS` (src/cache/revalidate.ts), where a hard one says 0: the longest the
 * front cache shows an answer made before it while it makes the new one (Next's own entries expire at
 * once either way).
 */
export const ADDITIVE_STALE_SECONDS = 10

/** Whether the durations Next's cache handler was given mark an additive expiry. @param {{ expire?: number } | undefined} durations */
export const isAdditive = (durations) => typeof durations?.expire === 'number' && durations.expire > 0

/** The expiry of everything (an advance that names no tags). */
const EVERYTHING = '*'
/** Tags remembered at most; past it, the oldest expiries are folded into one of everything. */
const MAX_TAGS = 10_000

/** @type {Record<symbol, any>} */
const store = /** @type {any} */ (globalThis)

/** Every expiry (hard or additive): tag -> generation. @returns {Map<string, number>} */
const expiries = () => (store[TAGS_KEY] ??= new Map())
/** Hard expiries only: tag -> generation. @returns {Map<string, number>} */
const hardExpiries = () => (store[HARD_KEY] ??= new Map())

/** @param {Map<string, number>} map @param {Iterable<string>} tags @param {number} generation */
const record = (map, tags, generation) => {
  for (const tag of tags) {
    map.delete(tag)
    map.set(tag, generation)
  }
  if (map.size > MAX_TAGS) {
    map.clear()
    map.set(EVERYTHING, generation)
  }
}

/** @param {Map<string, number>} map @param {readonly string[]} tags @param {number} generation */
const since = (map, tags, generation) => {
  if ((map.get(EVERYTHING) ?? 0) > generation) return true
  return tags.some((tag) => (map.get(tag) ?? 0) > generation)
}

/** @returns {number} */
export const publicGeneration = () => store[KEY] ?? 0

/**
 * Moves the counter; the tags given (every tag when none are) are recorded as expired at the new
 * generation, and as hard-expired unless `additive`.
 * @param {Iterable<string>} [tags] @param {{ additive?: boolean }} [options]
 */
export const advancePublicGeneration = (tags, { additive = false } = {}) => {
  const next = publicGeneration() + 1
  store[KEY] = next
  const list = [...(tags ?? [EVERYTHING])]
  record(expiries(), list, next)
  if (!additive) record(hardExpiries(), list, next)
}

/**
 * Whether any of `tags` expired (hard or additive) after `generation` (the one a request began
 * under); an answer made from no known tags counts as made from all of them.
 * @param {readonly string[]} tags @param {number} generation
 */
export const expiredSince = (tags, generation) => {
  if (tags.length === 0) return publicGeneration() !== generation
  return since(expiries(), tags, generation)
}

/**
 * Whether any of `tags` expired hard after `generation`: an answer made before may show what is no
 * longer public. An answer made from no known tags counts as made from all of them.
 * @param {readonly string[]} tags @param {number} generation
 */
export const hardExpiredSince = (tags, generation) => {
  if (tags.length === 0) return [...hardExpiries().values()].some((at) => at > generation)
  return since(hardExpiries(), tags, generation)
}
