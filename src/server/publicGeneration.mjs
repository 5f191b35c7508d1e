// @ts-check
/**
 * A counter that moves whenever Next's cache expires a tag (see ./nextCacheHandler.mjs). The
 * production server keeps whole answers in front of Next (./frontCache.mjs) only
 * for as long as the counter has not moved since the request that made them began. It lives on
 * globalThis: the cache handler Next loads and the server's own modules are separate module
 * instances in one process.
 */
const KEY = Symbol.for('warta.publicCacheGeneration')

/** @returns {number} */
export const publicGeneration = () => /** @type {any} */ (globalThis)[KEY] ?? 0

export const advancePublicGeneration = () => {
  /** @type {any} */ (globalThis)[KEY] = publicGeneration() + 1
}
