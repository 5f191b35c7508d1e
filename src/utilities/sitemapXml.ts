import { xmlText } from './xml'

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'

export type UrlEntry = { loc: string; lastmod?: string }

/** A sitemap index (sitemaps.org 0.9). Pure. */
export const sitemapIndexXml = (sitemaps: UrlEntry[]): string =>
  `${HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps
    .map((s) => `  <sitemap><loc>${xmlText(s.loc)}</loc>${s.lastmod ? `<lastmod>${xmlText(s.lastmod)}</lastmod>` : ''}</sitemap>`)
    .join('\n')}\n</sitemapindex>\n`

/** A urlset (sitemaps.org 0.9). Pure. */
export const urlSetXml = (urls: UrlEntry[]): string =>
  `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
    .map((u) => `  <url><loc>${xmlText(u.loc)}</loc>${u.lastmod ? `<lastmod>${xmlText(u.lastmod)}</lastmod>` : ''}</url>`)
    .join('\n')}\n</urlset>\n`

export type NewsUrl = { loc: string; title: string; publicationDate: string }

/** A Google News sitemap: publication name and language, first publication date with offset, headline. Pure. */
export const newsSitemapXml = (publication: string, items: NewsUrl[]): string =>
  `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${items
    .map(
      (item) =>
        `  <url><loc>${xmlText(item.loc)}</loc><news:news><news:publication><news:name>${xmlText(publication)}</news:name><news:language>id</news:language></news:publication><news:publication_date>${xmlText(item.publicationDate)}</news:publication_date><news:title>${xmlText(item.title)}</news:title></news:news></url>`,
    )
    .join('\n')}\n</urlset>\n`

export const XML_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300', 'X-Content-Type-Options': 'nosniff' }
