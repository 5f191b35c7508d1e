import type { Metadata } from 'next'

import { feedPaths } from '@/constants/routes'

import { absoluteUrl } from './siteUrl'

export const SITE_NAME = 'Warta'
export const SITE_DESCRIPTION = 'Berita resmi kegiatan humas kepolisian: dari Mabes hingga Polsek, diperiksa editor sebelum terbit.'
export const DEFAULT_SHARE_IMAGE = { url: '/og-default.png', width: 1200, height: 630, alt: 'Warta — berita kegiatan humas kepolisian' }

type ListMetadata = { title: string; description: string; path: string; feeds?: { base: string; title: string } }

/**
 * Metadata of a list page: one title, one description, one absolute canonical (the page itself),
 * Open Graph and Twitter cards, and autodiscovery links to the list's three feeds.
 */
export const listMetadata = ({ title, description, path, feeds }: ListMetadata): Metadata => {
  const url = absoluteUrl(path)
  const feed = feeds ? feedPaths(feeds.base) : null
  return {
    title,
    description,
    alternates: {
      canonical: url,
      ...(feed && feeds
        ? {
            types: {
              'application/rss+xml': [{ url: absoluteUrl(feed.rss), title: `${feeds.title} (RSS)` }],
              'application/atom+xml': [{ url: absoluteUrl(feed.atom), title: `${feeds.title} (Atom)` }],
              'application/feed+json': [{ url: absoluteUrl(feed.json), title: `${feeds.title} (JSON Feed)` }],
            },
          }
        : {}),
    },
    openGraph: { type: 'website', url, title, description, siteName: SITE_NAME, locale: 'id_ID', images: [{ ...DEFAULT_SHARE_IMAGE, url: absoluteUrl(DEFAULT_SHARE_IMAGE.url) }] },
    twitter: { card: 'summary_large_image', title, description, images: [absoluteUrl(DEFAULT_SHARE_IMAGE.url)] },
  }
}
