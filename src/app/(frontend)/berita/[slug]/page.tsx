import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ReportBody } from '@/components/ReportBody/ReportBody'
import { ResponsivePhoto } from '@/components/ResponsivePhoto/ResponsivePhoto'
import { ShareLinks } from '@/components/ShareLinks/ShareLinks'
import { activityTypePath, reportPath, tagPath, unitPath } from '@/constants/routes'
import { getReportBySlug, getWithdrawalNotice, type PublicReport, type WithdrawalNotice } from '@/data/getReportBySlug'
import type { ActivityType, Media, Tag, Unit } from '@/payload-types'
import { asTimeZone, formatIndonesianDate, isoInZone } from '@/utilities/formatDate'
import { absoluteUrl } from '@/utilities/siteUrl'

// Rendered on first request, then served from cache until a public change expires its tags.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

const populated = <T extends object>(value: unknown): T | null => (value && typeof value === 'object' ? (value as T) : null)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const report = await getReportBySlug(slug)
  if (report) return { title: report.title, description: report.summary, alternates: { canonical: absoluteUrl(reportPath(report.slug ?? slug)) } }
  const notice = await getWithdrawalNotice(slug)
  if (notice) return { title: `Ditarik: ${notice.reportTitle}`, robots: { index: false, follow: true } }
  return { title: 'Berita tidak ditemukan', robots: { index: false } }
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
        <Link href="/ralat">Lihat daftar ralat dan penarikan</Link>
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

const Article = ({ report }: { report: PublicReport }) => {
  const unit = populated<Unit>(report.unit)
  const activityType = populated<ActivityType>(report.activityType)
  const photo = populated<Media>(report.leadPhoto)
  const tags = (report.tags ?? []).map((tag) => populated<Tag>(tag)).filter((tag): tag is Tag => tag !== null)
  const gallery = (report.gallery ?? []).map((item) => populated<Media>(item)).filter((item): item is Media => item !== null)
  const zone = asTimeZone(unit?.timeZone)
  const published = report.publishedAt ?? report.updatedAt
  const url = absoluteUrl(reportPath(report.slug ?? ''))
  return (
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
          {report.revisedAt && report.revisedAt !== report.publishedAt && (
            <>
              {' · '}Diperbarui <time dateTime={isoInZone(report.revisedAt, zone)}>{formatIndonesianDate(report.revisedAt, zone)}</time>
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
        <ShareLinks url={url} title={report.title} />
      </footer>
    </article>
  )
}

export default async function ReportPage({ params }: Props) {
  const { slug } = await params
  const report = await getReportBySlug(slug)
  if (report) return <Article report={report} />
  const notice = await getWithdrawalNotice(slug)
  if (notice) return <Withdrawn notice={notice} />
  notFound()
}
