import { reportPath } from '@/constants/routes'
import { getNewsEntries } from '@/data/sitemapEntries'
import { asTimeZone, isoInZone } from '@/utilities/formatDate'
import { SITE_NAME } from '@/utilities/seo'
import { absoluteUrl } from '@/utilities/siteUrl'
import { newsSitemapXml, XML_HEADERS } from '@/utilities/sitemapXml'

// Built per request from cached data: the build never reads the database.
export const dynamic = 'force-dynamic'

/** /news-sitemap.xml: reports first published in the last 48 hours (at most 1000), for Google News. */
export async function GET() {
  const entries = await getNewsEntries()
  return new Response(
    newsSitemapXml(
      SITE_NAME,
      entries.map((e) => ({ loc: absoluteUrl(reportPath(e.slug)), title: e.title, publicationDate: isoInZone(e.publishedAt, asTimeZone(e.timeZone)) })),
    ),
    { headers: XML_HEADERS },
  )
}
