// @ts-check
/**
 * The security headers of every response, decided at run time (HSTS and `upgrade-insecure-requests`
 * depend on SERVER_URL, which `next.config.mjs` headers would freeze at build time).
 */

/** @typedef {'admin' | 'api' | 'site'} Area */

/**
 * Which part of the app a path belongs to.
 * @param {string} pathname
 * @returns {Area}
 */
export const areaOf = (pathname) => {
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return 'admin'
  if (pathname === '/api' || pathname.startsWith('/api/')) return 'api'
  return 'site'
}

/** @param {string} serverUrl */
export const isHttps = (serverUrl) => new URL(serverUrl).protocol === 'https:'

const PERMISSIONS = ['accelerometer', 'autoplay', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'usb']

/**
 * Headers every response carries.
 * @param {{ https: boolean }} options
 * @returns {[string, string][]}
 */
export const baseHeaders = ({ https }) => [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // No page may be framed: there is no live preview (it would need the admin framing the site).
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Permissions-Policy', PERMISSIONS.map((feature) => `${feature}=()`).join(', ')],
  ...(https ? /** @type {[string, string][]} */ ([['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']]) : []),
]

/** @param {Record<string, string[]>} directives @param {boolean} https */
const serialise = (directives, https) =>
  [...Object.entries(directives).map(([name, sources]) => [name, ...sources].join(' ')), ...(https ? ['upgrade-insecure-requests'] : [])].join('; ')

const COMMON = {
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
}

/**
 * The public site's policy: scripts from this origin, and inline scripts only by hash (those Next
 * emitted for this very response). No inline style, no eval, nothing from other origins.
 * @param {string[]} scriptHashes
 * @param {{ https: boolean }} options
 */
export const sitePolicy = (scriptHashes, { https }) =>
  serialise(
    {
      'default-src': ["'self'"],
      'script-src': ["'self'", ...scriptHashes],
      'style-src': ["'self'"],
      'img-src': ["'self'"],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'frame-src': ["'none'"],
      ...COMMON,
    },
    https,
  )

/**
 * The admin's policy. Admin pages are rendered per request, so a real per-request nonce works, with
 * 'strict-dynamic' for the chunks Next loads; Payload's components set inline styles and add <style>
 * elements, and upload previews use blob: and data: images.
 * @param {string} nonce
 * @param {{ https: boolean }} options
 */
export const adminPolicy = (nonce, { https }) =>
  serialise(
    {
      'default-src': ["'self'"],
      'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'media-src': ["'self'", 'blob:'],
      'worker-src': ["'self'", 'blob:'],
      'frame-src': ["'self'"],
      ...COMMON,
    },
    https,
  )

/** Anything else a browser might open as a document (JSON, XML, SVG, text): no active content at all. */
export const NON_DOCUMENT_POLICY = "default-src 'none'; frame-ancestors 'none'"
/** JavaScript: a worker's script would be bound by its own policy, so only framing is ruled out. */
export const SCRIPT_POLICY = "frame-ancestors 'none'"

/**
 * The policy for a response that is not a page, by its Content-Type.
 * @param {string} contentType
 */
export const nonPagePolicy = (contentType) => (/javascript|ecmascript/i.test(contentType) ? SCRIPT_POLICY : NON_DOCUMENT_POLICY)
