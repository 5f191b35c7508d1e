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
import { listRelatedReports } from '@/data/listReports'
import type { Media } from '@/payload-types'
import { formatIndonesianDate, isoInZone } from '@/utilities/formatDate'
import { aboutReport, newsArticle, reportMetadata } from '@/utilities/reportMetadata'

// Rendered on first request, then served from cache until a public change expires its tags.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const report = await getReportBySlug(slug)
  return reportMetadata(report, report ? null : await getWithdrawalNotice(slug))
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

const Article = async ({ report }: { report: PublicReport }) => {
  const about = aboutReport(report)
  const { unit, activityType, tags, photo, gallery, zone, published, modified } = about
  const related = unit ? (await listRelatedReports({ and: [{ id: { not_equals: report.id } }, { unit: { equals: unit.id } }] }, 4)).docs : []
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
