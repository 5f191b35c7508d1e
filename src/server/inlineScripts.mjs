// @ts-check
/**
 * The inline scripts of a page that the Content-Security-Policy may name by hash, and only those.
 *
 * Every render gets a request header `Content-Security-Policy: script-src 'nonce-<marker>'`, so Next
 * writes `nonce="<marker>"` on each script it and React emit (the flight data, the bootstrap). The
 * marker is random per server process and never reaches a browser: it is cut out of every page and
 * every RSC response (Next also copies the nonce into the flight data), and the page's policy lists
 * the sha256 of each script that carried it. A script that got into the HTML any other way (stored
 * or reflected markup) has no marker, so no hash, and does not run. Pages prerendered by `next build`
 * never saw a marker; their scripts are trusted by hash, read from the build output when the server
 * starts (the build reads no database content).
 *
 * Why not a nonce: public pages are served from Next's ISR cache, the same bytes to every reader, so a
 * nonce would be the same for everyone and guessable; a per-request nonce needs per-request rendering.
 */
import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** A fresh marker: base64url, which Next's nonce parser accepts and HTML needs no escaping for. */
export const newMarker = () => randomBytes(18).toString('base64url')

/** The request header that makes Next mark its scripts. */
export const markerRequestHeader = (/** @type {string} */ marker) => `script-src 'nonce-${marker}'`

/**
 * A script's CSP hash source. Browsers hash the text after HTML's newline normalisation.
 * @param {Buffer | string} text UTF-8 bytes or a string
 */
export const scriptHash = (text) => {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  const normalised = bytes.includes(13) ? Buffer.from(bytes.toString('utf8').replace(/\r\n?/g, '\n'), 'utf8') : bytes
  return `'sha256-${createHash('sha256').update(normalised).digest('base64')}'`
}

const EXECUTABLE_TYPE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i
const typeOf = (/** @type {string} */ attributes) => /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.trim() ?? ''
const SCRIPT_OPEN = Buffer.from('<script')
const SCRIPT_CLOSE = Buffer.from('</script')
const TAG_END = 0x3e // >
/** Whitespace, '/' or '>' after the tag name (so `<scripts>` is not a script). */
const endsTagName = (/** @type {number | undefined} */ byte) => byte === 0x3e || byte === 0x2f || byte === 0x20 || (byte !== undefined && byte >= 0x09 && byte <= 0x0d)

/**
 * Each inline script of the HTML that a browser would run: its start tag's attributes and its text.
 * Works on the bytes: pages are UTF-8, and every delimiter is ASCII. Scripts spelled in capitals
 * are not seen, so never claimed.
 * @param {Buffer} html
 * @returns {{ attributes: string; text: Buffer }[]}
 */
export const inlineScripts = (html) => {
  const scripts = []
  for (let at = html.indexOf(SCRIPT_OPEN); at !== -1; at = html.indexOf(SCRIPT_OPEN, at + 1)) {
    if (!endsTagName(html[at + SCRIPT_OPEN.length])) continue
    const tagEnd = html.indexOf(TAG_END, at)
    const close = tagEnd === -1 ? -1 : html.indexOf(SCRIPT_CLOSE, tagEnd)
    if (close === -1) break
    const attributes = html.toString('latin1', at + SCRIPT_OPEN.length, tagEnd)
    if (!/\ssrc\s*=/i.test(attributes) && EXECUTABLE_TYPE.test(typeOf(attributes))) scripts.push({ attributes, text: html.subarray(tagEnd + 1, close) })
    at = close
  }
  return scripts
}

/** Every `search` in `bytes` replaced. */
const replaceAll = (/** @type {Buffer} */ bytes, /** @type {string} */ search, /** @type {string} */ replacement) => {
  const needle = Buffer.from(search)
  let at = bytes.indexOf(needle)
  if (at === -1) return bytes
  const filler = Buffer.from(replacement)
  const parts = []
  let from = 0
  for (; at !== -1; at = bytes.indexOf(needle, from)) {
    parts.push(bytes.subarray(from, at), filler)
    from = at + needle.length
  }
  parts.push(bytes.subarray(from))
  return Buffer.concat(parts)
}

/**
 * Flight data (React's payload, in an RSC response or inside the page's scripts) without the marker:
 * Next passes the nonce on as the `nonce` prop of its stylesheet links and preload hints, which
 * become null, as when a page is rendered without one (in the page, the flight data is a JSON string).
 * @param {Buffer} flight
 * @param {string} marker
 */
export const scrubFlight = (flight, marker) => replaceAll(replaceAll(flight, `"nonce":"${marker}"`, '"nonce":null'), `\\"nonce\\":\\"${marker}\\"`, '\\"nonce\\":null')

/**
 * An RSC response as it may leave: scrubbed, and the marker cut out wherever else it might be.
 * @param {Buffer} flight
 * @param {string} marker
 */
export const publicFlight = (flight, marker) => replaceAll(scrubFlight(flight, marker), marker, '')

/**
 * The HTML without the marker, and the hashes of the scripts that carried it or are trusted.
 * When the marker is left anywhere else, it is cut out and nothing is claimed: fail closed.
 * @param {Buffer} html UTF-8
 * @param {string} marker
 * @param {ReadonlySet<string>} [trusted] hash sources of the build's own inline scripts
 * @returns {{ html: Buffer; hashes: string[] }}
 */
export const claimInlineScripts = (html, marker, trusted = new Set()) => {
  const attribute = ` nonce="${marker}"`
  const scrubbed = scrubFlight(html, marker)
  const hashes = new Set()
  for (const { attributes, text } of inlineScripts(scrubbed)) {
    const hash = scriptHash(text)
    if (attributes.includes(attribute) || trusted.has(hash)) hashes.add(hash)
  }
  const stripped = replaceAll(scrubbed, attribute, '')
  if (stripped.includes(marker)) return { html: replaceAll(stripped, marker, ''), hashes: [] }
  return { html: stripped, hashes: [...hashes] }
}

/**
 * The hashes of every inline script in the HTML that `next build` prerendered (read once at start,
 * before anything at run time could be written there; the cache lives in memory only).
 * @param {string} distDir the `.next` folder
 * @returns {Set<string>}
 */
export const buildScriptHashes = (distDir) => {
  const hashes = new Set()
  for (const folder of ['server/app', 'server/pages']) {
    const root = path.join(distDir, folder)
    let files = /** @type {string[]} */ ([])
    try {
      files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'))
    } catch {
      continue
    }
    for (const file of files) {
      const html = readFileSync(path.join(root, file))
      // A page with nonce attributes was rendered at run time by an earlier server (were the ISR cache
      // ever flushed to disk), not by the build: its scripts are not the build's to vouch for.
      if (html.includes(' nonce="')) continue
      for (const { text } of inlineScripts(html)) hashes.add(scriptHash(text))
    }
  }
  return hashes
}

/**
 * React's marks of a boundary streamed in after the shell or left for the browser to render, and
 * Next's empty error shell (its not-found page for a `notFound()` in a page is rendered by the
 * browser from the flight data): those pages need the runtime and its scripts.
 */
const STREAMED_BOUNDARY = /<template id="B:|<div hidden id="S:|<!--\$!-->|<html id="__next_error__"/
const SCRIPT_ELEMENT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi
const SCRIPT_HINT = /<link\b(?=[^>]*\b(?:as="script"|rel="modulepreload"))[^>]*>/gi

/**
 * The public page without Next's client runtime: every script that would run (Next's chunks, the
 * flight data React would hydrate from, the bootstrap) and every preload of one removed; JSON-LD
 * and other data blocks stay. The site's pages are Server Components with nothing to hydrate: the
 * runtime cost a phone 300 ms of main thread per page and did nothing a link cannot do. What does
 * need a script (the copy-link button) is an attribute that `extraScripts` maps to an external file.
 * Null when React streamed part of the page in after its shell or left part of it to the browser
 * (it then needs its scripts), and when the marker would be left anywhere.
 * @param {Buffer} html UTF-8
 * @param {string} marker
 * @param {Record<string, string>} [extraScripts] attribute in the page -> script URL to add for it
 * @returns {Buffer | null}
 */
export const withoutRuntime = (html, marker, extraScripts = {}) => {
  const text = html.toString('utf8')
  if (STREAMED_BOUNDARY.test(text)) return null
  let bare = text
    .replace(SCRIPT_ELEMENT, (element, /** @type {string} */ attributes) => (!/\ssrc\s*=/i.test(attributes) && !EXECUTABLE_TYPE.test(typeOf(attributes)) ? element : ''))
    .replace(SCRIPT_HINT, '')
    .replaceAll(` nonce="${marker}"`, '')
  if (bare.includes(marker)) return null
  const added = Object.entries(extraScripts)
    .filter(([attribute]) => bare.includes(` ${attribute}=`))
    .map(([, src]) => `<script src="${src}" defer=""></script>`)
    .join('')
  if (added) bare = bare.replace('</head>', `${added}</head>`)
  return Buffer.from(bare, 'utf8')
}
