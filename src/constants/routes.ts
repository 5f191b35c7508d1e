/** Public URLs: the one place each path is spelled. */
export const reportPath = (slug: string): string => `/berita/${encodeURIComponent(slug)}`
export const unitPath = (slug: string): string => `/unit/${encodeURIComponent(slug)}`
export const activityTypePath = (slug: string): string => `/kategori/${encodeURIComponent(slug)}`
export const tagPath = (slug: string): string => `/tag/${encodeURIComponent(slug)}`
export const latestPath = '/terbaru'
export const correctionsPath = '/ralat'
export const searchPath = '/cari'
/**
 * The cached results page that /cari?q=...&halaman=n is rewritten to (never linked): the query in
 * base64url, so no percent-encoding of the path can change it.
 */
export const searchResultsPath = (q: string, page: number): string => `${searchPath}/hasil/${Buffer.from(q, 'utf8').toString('base64url')}/${page}`
export const searchQueryOf = (segment: string): string => Buffer.from(segment, 'base64url').toString('utf8')
export const aboutPath = '/tentang'
/** Old report slugs and the current ones, as JSON (read by src/proxy.ts). */
export const SLUG_REDIRECTS_PATH = '/berita-lama.json'
export const archivePath = (year?: number, month?: number): string =>
  year && month ? `/arsip/${year}/${String(month).padStart(2, '0')}` : '/arsip'

/** Page n of a list: the list's own URL for page 1, then /2, /3 ... */
export const pagePath = (base: string, page: number): string => (page <= 1 ? base : `${base === '/' ? '' : base}/${page}`)

/** The three feeds of a list: RSS, Atom and JSON Feed, next to the list's own URL. */
export const feedPaths = (base: string) => {
  const root = base === '/' ? '' : base
  return { rss: `${root}/feed.xml`, atom: `${root}/atom.xml`, json: `${root}/feed.json` }
}
