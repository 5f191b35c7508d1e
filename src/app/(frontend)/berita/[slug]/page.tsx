import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'

import { JsonLd } from '@/components/JsonLd/JsonLd'
import { ReportBody } from '@/components/ReportBody/ReportBody'
import { ReportCard } from '@/components/ReportCard/ReportCard'
import { ResponsivePhoto } from '@/components/ResponsivePhoto/ResponsivePhoto'
import { ShareLinks } from '@/components/ShareLinks/ShareLinks'
import { activityTypePath, correctionsPath, reportPath, tagPath, unitPath } from '@/constants/routes'
import { getCurrentSlugFor, getReportBySlug, getWithdrawalNotice, type PublicReport, type WithdrawalNotice } from '@/data/getReportBySlug'
import { listReports } from '@/data/listReports'
import { renditionPath, renditionsOf } from '@/media/renditionFiles'
import type { ActivityType, Media, Tag, Unit } from '@/payload-types'
import { asTimeZone, formatIndonesianDate, isoInZone } from '@/utilities/formatDate'
import { DEFAULT_SHARE_IMAGE, SITE_NAME } from '@/utilities/seo'
import { absoluteUrl } from '@/utilities/siteUrl'

// Rendered on first request, then served from cache until a public change expires its tags.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

const populated = <T extends object>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

/** The report as it is written about: its unit, kind, tags, photos, zone and dates. */
const describe = (report: PublicReport) => {
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

/**
 * Absolute URLs of a photo's renditions for link previews and search engines; the site's 1200×630
 * share image for a report without a photo (search engines want at least one image 1200 px wide).
 */
type ShareImage = { url: string; width: number; height: number; alt: string }

const shareImages = (photo: Media | null): [ShareImage, ...ShareImage[]] => {
  const r = renditionsOf(photo?.renditions)
  const images = (['share', 'sixteenByNine', 'fourByThree', 'square'] as const).flatMap((name): ShareImage[] => {
    const rendition = r[name]
    return rendition ? [{ url: absoluteUrl(renditionPath(rendition.filename)), width: rendition.width, height: rendition.height, alt: photo?.alt ?? '' }] : []
  })
  const [first, ...rest] = images
  return first ? [first, ...rest] : [{ ...DEFAULT_SHARE_IMAGE, url: absoluteUrl(DEFAULT_SHARE_IMAGE.url) }]
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const report = await getReportBySlug(slug)
  if (!report) {
    const notice = await getWithdrawalNotice(slug)
    if (notice) return { title: `Ditarik: ${notice.reportTitle}`, robots: { index: false, follow: true } }
    return { title: 'Berita tidak ditemukan', robots: { index: false } }
  }
  const { url, photo, unit, activityType, tags, zone, published, modified } = describe(report)
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

const Withdrawn = ({ notice }: { notice: WithdrawalNotice }) => (
  <article className="report report--withdrawn">
    <h1>{notice.reportTitle}</h1>
    <div className="notice" role="note">
      <h2>Berita ini telah ditarik</h2>
      <p>
        Ditarik pada <time dateTime={isoInZone(notice.at, 'Asia/Jakarta')}>{formatIndonesianDate(notice.at, 'Asia/Jakarta')}</time>.
      </p>
      <p>Alasan: {notice.note}</p>
      <p>
        <Link href={correctionsPath}>Lihat daftar ralat dan penarikan</Link>
      </p>
    </div>
  </article>
)

/** Photos are drawn at most 42rem wide (the text column), full width below that. */
const PHOTO_SIZES = '(min-width: 44rem) 42rem, calc(100vw - 2rem)'

const Photo = ({ photo, priority = false }: { photo: Media; priority?: boolean }) => (
  <figure className="photo">
    <ResponsivePhoto photo={photo} sizes={PHOTO_SIZES} priority={priority} />
    {(photo.caption || photo.credit) && (
      <figcaption>
        {photo.caption} {photo.credit && <span className="credit">{photo.credit}</span>}
      </figcaption>
    )}
  </figure>
)

/** schema.org NewsArticle: the same headline, dates (with offsets, as in the feeds) and photos as the page. */
const newsArticle = (report: PublicReport, about: ReturnType<typeof describe>) => ({
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

const Article = async ({ report }: { report: PublicReport }) => {
  const about = describe(report)
  const { unit, activityType, tags, photo, gallery, zone, published, modified } = about
  const related = unit ? (await listReports({ where: { and: [{ id: { not_equals: report.id } }, { unit: { equals: unit.id } }] }, limit: 4 })).docs : []
  return (
    <>
      <JsonLd data={newsArticle(report, about)} />
      <article className="report">
        <header className="report-header">
          <p className="kicker">
            {unit?.slug && <Link href={unitPath(unit.slug)}>{unit.name}</Link>}
            {activityType?.slug && (
              <>
                {' · '}
                <Link href={activityTypePath(activityType.slug)}>{activityType.name}</Link>
              </>
            )}
          </p>
          <h1>{report.title}</h1>
          <p className="summary">{report.summary}</p>
          <p className="byline">
            Terbit <time dateTime={isoInZone(published, zone)}>{formatIndonesianDate(published, zone)}</time>
            {modified !== published && (
              <>
                {' · '}Diperbarui <time dateTime={isoInZone(modified, zone)}>{formatIndonesianDate(modified, zone)}</time>
              </>
            )}
          </p>
        </header>
        {photo && <Photo photo={photo} priority />}
        <ReportBody data={report.body} />
        {gallery.length > 0 && (
          <section className="gallery" aria-label="Galeri foto">
            {gallery.map((item) => (
              <Photo key={item.id} photo={item} />
            ))}
          </section>
        )}
        {(report.officials?.length ?? 0) > 0 && (
          <section className="officials" aria-labelledby="pejabat">
            <h2 id="pejabat">Pejabat yang hadir</h2>
            <ul>
              {report.officials?.map((official) => (
                <li key={official.id ?? official.name}>
                  {[official.rank, official.name].filter(Boolean).join(' ')}
                  {official.position && <span className="official-position">, {official.position}</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {report.corrections.length > 0 && (
          <aside className="corrections" aria-labelledby="ralat">
            <h2 id="ralat">Ralat</h2>
            <ul>
              {report.corrections.map((correction) => (
                <li key={correction.id}>
                  <time dateTime={isoInZone(correction.at, zone)}>{formatIndonesianDate(correction.at, zone)}</time>: {correction.note}
                </li>
              ))}
            </ul>
          </aside>
        )}
        <footer className="report-footer">
          {(report.credits?.writerName || report.credits?.editorName) && (
            <p className="credits">
              {report.credits?.writerName && <>Penulis: {report.credits.writerName}</>}
              {report.credits?.writerName && report.credits?.editorName && ' · '}
              {report.credits?.editorName && <>Editor: {report.credits.editorName}</>}
            </p>
          )}
          {tags.length > 0 && (
            <ul className="tags" aria-label="Tag">
              {tags.map((tag) => (
                <li key={tag.id}>{tag.slug ? <Link href={tagPath(tag.slug)}>#{tag.name}</Link> : tag.name}</li>
              ))}
            </ul>
          )}
          <ShareLinks url={about.url} title={report.title} />
        </footer>
      </article>
      {related.length > 0 && (
        <section className="related" aria-labelledby="terkait">
          <h2 id="terkait">Berita lain dari {unit?.name}</h2>
          <div className="cards">
            {related.map((item) => (
              <ReportCard key={item.id} report={item} headingLevel={3} />
            ))}
          </div>
        </section>
      )}
    </>
  )
}

export default async function ReportPage({ params }: Props) {
  const { slug } = await params
  const report = await getReportBySlug(slug)
  if (report) return <Article report={report} />
  const current = await getCurrentSlugFor(slug)
  if (current && current !== slug) permanentRedirect(reportPath(current))
  const notice = await getWithdrawalNotice(slug)
  if (notice) return <Withdrawn notice={notice} />
  notFound()
}
