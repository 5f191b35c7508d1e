// @ts-check
/**
 * The anonymous reads of the headless API that the front cache may keep: a GET of a public
 * collection's list or one of its documents, with no cookie and no credentials. What such a read
 * answers is what access rules give every anonymous reader (only approved, live content), and it
 * changes only with a public change, which moves the public generation (./publicGeneration.mjs)
 * that every kept answer is checked against. Sub-paths (a report's workflow or checks, versions,
 * files) and every other collection always reach Payload.
 */

/** Each public collection and the cache tags of what its anonymous reads show (src/constants/cacheTags.ts). */
const PUBLIC_COLLECTIONS = new Map([
  ['reports', 'reports taxonomy'],
  ['media', 'reports'],
  ['corrections', 'corrections'],
  ['tags', 'taxonomy'],
  ['units', 'taxonomy'],
  ['activity-types', 'taxonomy'],
])
const READ_PATH = /^\/api\/([a-z-]+)(?:\/([^/]+))?$/

/**
 * The cache tags of an anonymous public API read, or undefined when the request is not one.
 * @param {{ method?: string; headers: Record<string, unknown> }} req @param {string} pathname
 */
export const publicApiTags = (req, pathname) => {
  if (req.method !== 'GET' || req.headers.cookie !== undefined || req.headers.authorization !== undefined) return undefined
  const match = READ_PATH.exec(pathname)
  if (!match || match[2] === 'versions') return undefined
  return PUBLIC_COLLECTIONS.get(/** @type {string} */ (match[1]))
}
