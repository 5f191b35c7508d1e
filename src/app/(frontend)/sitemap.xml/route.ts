import { countPublished, SITEMAP_SIZE } from '@/data/sitemapEntries'
import { absoluteUrl } from '@/utilities/siteUrl'
import { sitemapIndexXml, XML_HEADERS } from '@/utilities/sitemapXml'

// Built per request from cached data: the build never reads the database.
export const dynamic = 'force-dynamic'

/** /sitemap.xml: the index of the site's sitemaps (the list pages, then every published report in files of SITEMAP_SIZE). */
export async function GET() {
  const files = Math.max(1, Math.ceil((await countPublished()) / SITEMAP_SIZE))
  const sitemaps = [{ loc: absoluteUrl('/sitemaps/halaman.xml') }, ...Array.from({ length: files }, (_, i) => ({ loc: absoluteUrl(`/sitemaps/berita-${i + 1}.xml`) }))]
  return new Response(sitemapIndexXml(sitemaps), { headers: XML_HEADERS })
}
