import { activityTypePath, archivePath, correctionsPath, reportPath, tagPath, unitPath } from '@/constants/routes'
import { getSitemapEntries } from '@/data/sitemapEntries'
import { getActivityTypes, getTags, getUnits } from '@/data/taxonomy'
import { absoluteUrl } from '@/utilities/siteUrl'
import { urlSetXml, XML_HEADERS } from '@/utilities/sitemapXml'

// Built on the first request (the build never reads the database), then served from Next's cache
// until a public change expires the tags of the data it was built from: a file of SITEMAP_SIZE URLs is
// not rebuilt for every crawler.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async () => []

const notFound = () => new Response('Tidak ditemukan', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** /sitemaps/halaman.xml (home and list pages) and /sitemaps/berita-N.xml (published reports, with their last public change). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  if (file === 'halaman.xml') {
    const [units, types, tags] = await Promise.all([getUnits(), getActivityTypes(), getTags()])
    const paths = ['/', archivePath(), correctionsPath, ...units.map((u) => unitPath(u.slug ?? '')), ...types.map((t) => activityTypePath(t.slug ?? '')), ...tags.map((t) => tagPath(t.slug ?? ''))]
    return new Response(urlSetXml(paths.map((path) => ({ loc: absoluteUrl(path) }))), { headers: XML_HEADERS })
  }
  const match = /^berita-([1-9]\d{0,4})\.xml$/.exec(file)
  if (!match) return notFound()
  const entries = await getSitemapEntries(Number(match[1]))
  if (entries.length === 0 && match[1] !== '1') return notFound()
  return new Response(urlSetXml(entries.map((e) => ({ loc: absoluteUrl(reportPath(e.slug)), lastmod: e.lastModified }))), { headers: XML_HEADERS })
}
