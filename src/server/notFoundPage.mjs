// @ts-check
/**
 * The site's 404 page as a whole document, prerendered at build time
 * (src/app/(frontend)/tidak-ditemukan/page.tsx). Next 16's production server sends a page that called
 * notFound() as `<html id="__next_error__">` with an empty body, which only its client runtime fills
 * in (vercel/next.js#98295): the production server sends this document in its place.
 */
export const NOT_FOUND_PAGE = '/tidak-ditemukan'

/** Whether a page is Next's empty error document. */
export const isErrorShell = (/** @type {Buffer} */ html) => html.subarray(0, 512).includes('<html id="__next_error__"')
