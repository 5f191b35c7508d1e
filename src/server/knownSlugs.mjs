// @ts-check
/**
 * The slugs /berita/{slug} knows (src/data/findKnownReportSlugs.ts), for the production server to
 * answer any other slug with the 404 document without a render. Kept on globalThis, as the public
 * generation is (./publicGeneration.mjs): Next's bundle fills it (src/cache/knownSlugsEndpoint.ts), the
 * server's own modules read it, in one process. Each set carries the public generation it was read
 * at: once any tag expires it is no longer used, and the server asks for a new one.
 */
import { randomBytes } from 'node:crypto'

const SLUGS = Symbol.for('warta.knownReportSlugs')
const TOKEN = Symbol.for('warta.knownSlugsToken')

/**
 * `slugs`: what /berita/{slug} knows; `sections`: what /unit, /kategori and /tag know, by that segment.
 * @typedef {{ generation: number; at: number; slugs: ReadonlySet<string>; sections?: Readonly<Record<string, ReadonlySet<string>>> }} KnownSlugs
 */

/** @returns {KnownSlugs | undefined} */
export const knownReportSlugs = () => /** @type {any} */ (globalThis)[SLUGS]

/** @param {KnownSlugs} known */
export const setKnownReportSlugs = (known) => {
  /** @type {any} */ (globalThis)[SLUGS] = known
}

/**
 * The secret the server sends when it asks this process for the slugs: made once per process and
 * known only inside it, so no client can make the server read every slug on demand.
 * @returns {string}
 */
export const knownSlugsToken = () => {
  const holder = /** @type {any} */ (globalThis)
  holder[TOKEN] ??= randomBytes(24).toString('base64url')
  return holder[TOKEN]
}
