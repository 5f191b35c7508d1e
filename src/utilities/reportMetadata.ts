import type { Metadata } from 'next'

import { reportPath, unitPath } from '@/constants/routes'
import type { PublicReport, WithdrawalNotice } from '@/data/findReport'
import { renditionPath, renditionsOf } from '@/media/renditionFiles'
import type { ActivityType, Media, Tag, Unit } from '@/payload-types'
import { asTimeZone, isoInZone } from '@/utilities/formatDate'
import { DEFAULT_SHARE_IMAGE, SITE_NAME } from '@/utilities/seo'
import { absoluteUrl } from '@/utilities/siteUrl'

// What a report's page tells machines (Open Graph, Twitter, NewsArticle JSON-LD), as pure functions of
// what the page read: the page and the tests derive it the same way.

const populated = <T extends object>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

/** The report as it is written about: its unit, kind, tags, photos, zone and dates. */
export const aboutReport = (report: PublicReport) => {
  const unit = populated<Unit>(report.unit)
  const zone = asTimeZone(unit?.timeZone)
  const published = report.publishedAt ?? report.updatedAt
  const modified = report.revisedAt ?? published
  return {
    unit,
    activityType: populated<ActivityType>(report.activityType),
    tags: (report.tags ?? []).map((tag) => populated<Tag>(tag)).filter((tag): tag is Tag => tag !== null),
    photo: populated<Media>(report.leadPhoto),
    gallery: (report.gallery ?? []).map((item) => populated<Media>(item)).filter((item): item is Media => item !== null),
    zone,
    published,
    modified,
    url: absoluteUrl(reportPath(report.slug ?? '')),
  }
}
export type AboutReport = ReturnType<typeof aboutReport>

type ShareImage = { url: string; width: number; height: number; alt: string }

/**
 * Absolute URLs of a photo's renditions for link previews and search engines; the site's 1200×630
 * share image for a report without a photo (search engines want at least one image 1200 px wide).
 */
export const shareImages = (photo: Media | null): [ShareImage, ...ShareImage[]] => {
  const r = renditionsOf(photo?.renditions)
  const images = (['share', 'sixteenByNine', 'fourByThree', 'square'] as const).flatMap((name): ShareImage[] => {
    const rendition = r[name]
    return rendition ? [{ url: absoluteUrl(renditionPath(rendition.filename)), width: rendition.width, height: rendition.height, alt: photo?.alt ?? '' }] : []
  })
  const [first, ...rest] = images
  return first ? [first, ...rest] : [{ ...DEFAULT_SHARE_IMAGE, url: absoluteUrl(DEFAULT_SHARE_IMAGE.url) }]
}

/** The page's metadata: canonical URL, Open Graph and Twitter tags; a withdrawn report's or a 404's when there is no report. */
export const reportMetadata = (report: PublicReport | null, notice: WithdrawalNotice | null): Metadata => {
  if (!report) {
    if (notice) return { title: `Ditarik: ${notice.reportTitle}`, robots: { index: false, follow: true } }
    return { title: 'Berita tidak ditemukan', robots: { index: false } }
  }
  const { url, photo, unit, activityType, tags, zone, published, modified } = aboutReport(report)
  const [share] = shareImages(photo)
  return {
    title: report.title,
    description: report.summary,
    alternates: { canonical: url },
    robots: { index: true, follow: true, 'max-image-preview': 'large' },
    openGraph: {
      type: 'article',
      url,
      title: report.title,
      description: report.summary,
      siteName: SITE_NAME,
      locale: 'id_ID',
      images: [share],
      publishedTime: isoInZone(published, zone),
      modifiedTime: isoInZone(modified, zone),
      section: activityType?.name,
      tags: [...tags.map((tag) => tag.name), ...(unit?.name ? [unit.name] : [])],
    },
    twitter: { card: 'summary_large_image', title: report.title, description: report.summary, images: [share.url] },
  }
}

/** schema.org NewsArticle: the same headline, dates (with offsets, as in the feeds) and photos as the page. */
export const newsArticle = (report: PublicReport, about: AboutReport = aboutReport(report)) => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  mainEntityOfPage: { '@type': 'WebPage', '@id': about.url },
  headline: report.title,
  description: report.summary,
  image: shareImages(about.photo).map((image) => ({ '@type': 'ImageObject', url: image.url, width: image.width, height: image.height })),
  datePublished: isoInZone(about.published, about.zone),
  dateModified: isoInZone(about.modified, about.zone),
  inLanguage: 'id',
  articleSection: about.activityType?.name,
  keywords: about.tags.map((tag) => tag.name).join(', ') || undefined,
  author: about.unit ? [{ '@type': 'Organization', name: about.unit.longName, url: absoluteUrl(unitPath(about.unit.slug ?? '')) }] : undefined,
  publisher: { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl('/'), logo: { '@type': 'ImageObject', url: absoluteUrl('/logo.png'), width: 512, height: 512 } },
})
