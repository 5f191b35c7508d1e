// @ts-check
/**
 * The public site's own scripts: the data attribute a component renders, and the external file that
 * gives it its behaviour (served by a route of the site, so `script-src 'self'` covers it). The server
 * adds the script to a page only when the attribute is in it (see withoutRuntime in ./inlineScripts.mjs).
 */
export const COPY_LINK_ATTRIBUTE = 'data-salin-tautan'
export const COPY_LINK_SCRIPT = '/salin-tautan.js'

/** @type {Record<string, string>} */
export const PAGE_SCRIPTS = { [COPY_LINK_ATTRIBUTE]: COPY_LINK_SCRIPT }
