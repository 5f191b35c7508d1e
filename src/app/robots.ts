import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/utilities/siteUrl'

/** Everything public may be crawled, the admin and the API may not; both sitemaps are listed. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/cari'] }],
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl('/news-sitemap.xml')],
  }
}
