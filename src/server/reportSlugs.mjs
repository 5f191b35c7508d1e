// @ts-check
/**
 * Whether /berita/{slug}, or a section page (/unit, /kategori or /tag and what is under them), knows a
 * slug, from the sets this process keeps (./knownSlugs.mjs): a plain slug it does not know is answered with the 404 document without a render through Next, as an
 * unknown path is (./routeTable.mjs). The set is used only while it is as new as Next's cache (the
 * public generation has not moved since it was read) and at most a minute old; otherwise the answer
 * is "don't know", the request goes to Next as before, and the server asks its own process, once at a
 * time, to read the set again (POST /api/internal/known-slugs).
 */
import { knownReportSlugs, knownSlugsToken } from './knownSlugs.mjs'
import { publicGeneration } from './publicGeneration.mjs'

const REPORT_PATH = /^\/berita\/([a-z0-9]+(?:-[a-z0-9]+)*)$/
/** A section page and everything under it (its pages, its feeds): /unit/{slug}, /kategori/{slug}, /tag/{slug}. */
const SECTION_PATH = /^\/(unit|kategori|tag)\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/.*)?$/
/** After a failed read, how long requests go to Next before the server asks again. */
const RETRY_MS = 5_000

/**
 * @param {{ origin: string; maxAgeMs?: number; read?: () => Promise<unknown> }} options
 * `read` asks for the set (by default over HTTP from `origin`); it resolves once the set is kept.
 */
export const reportSlugs = ({ origin, maxAgeMs = 60_000, read }) => {
  const ask =
    read ??
    (async () => {
      const response = await fetch(`${origin}/api/internal/known-slugs`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Warta-Internal': knownSlugsToken() },
        body: '{}',
      })
      await response.arrayBuffer()
      if (!response.ok) throw new Error(`known-slugs answered ${response.status}`)
    })
  /** @type {Promise<unknown> | undefined} */
  let reading
  let failedAt = 0
  const refresh = () => {
    if (reading || Date.now() - failedAt < RETRY_MS) return
    reading = ask()
      .catch((error) => {
        failedAt = Date.now()
        process.stderr.write(`Could not read the known report slugs: ${error instanceof Error ? error.message : String(error)}\n`)
      })
      .finally(() => {
        reading = undefined
      })
  }

  return {
    /**
     * For a request path: false when it is /berita/{slug} or a section path with a plain slug the current set does not
     * hold; true when the set holds it or the path is something else; undefined when the set is not
     * current (a new one is then asked for).
     * @param {string} pathname
     * @returns {boolean | undefined}
     */
    knows(pathname) {
      const slug = REPORT_PATH.exec(pathname)?.[1]
      const section = slug === undefined ? SECTION_PATH.exec(pathname) : null
      if (slug === undefined && !section) return true
      const known = knownReportSlugs()
      if (!known || known.generation !== publicGeneration() || Date.now() - known.at > maxAgeMs) {
        refresh()
        return undefined
      }
      if (slug !== undefined) return known.slugs.has(slug)
      const sectionSlugs = known.sections?.[/** @type {string} */ (section?.[1])]
      return sectionSlugs ? sectionSlugs.has(/** @type {string} */ (section?.[2])) : undefined
    },
    /** Resolves when no read is under way (for tests). */
    settled: () => reading ?? Promise.resolve(),
  }
}
