import Link from 'next/link'

import { ResponsivePhoto } from '@/components/ResponsivePhoto/ResponsivePhoto'
import { reportPath } from '@/constants/routes'
import type { ReportCard as Card } from '@/data/listReports'
import type { Media } from '@/payload-types'
import { asTimeZone, formatIndonesianDate, isoInZone } from '@/utilities/formatDate'

type Props = { report: Card; headingLevel?: 2 | 3; photo?: boolean; lead?: boolean }

/** One report in a list: photo, headline, summary, unit, kind and date in the unit's own zone. */
export const ReportCard = ({ report, headingLevel = 2, photo = true, lead = false }: Props) => {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const zone = asTimeZone(report.unit?.timeZone)
  return (
    <article className={lead ? 'card card--lead' : 'card'}>
      {photo && report.leadPhoto && (
        <ResponsivePhoto
          photo={report.leadPhoto as Media}
          shape={lead ? 'proportional' : 'card'}
          sizes={lead ? '(min-width: 44rem) 42rem, calc(100vw - 2rem)' : '(min-width: 44rem) 14rem, 30vw'}
          priority={lead}
          className="card__photo"
        />
      )}
      <div className="card__text">
        <Heading className="card__title">
          {/* No prefetch: a list shows dozens of reports, and readers on mobile data pay for every one. */}
          <Link href={reportPath(report.slug)} prefetch={false}>
            {report.title}
          </Link>
        </Heading>
        {lead && <p className="card__summary">{report.summary}</p>}
        <p className="card__meta">
          {report.unit?.name}
          {report.activityType?.name && <> · {report.activityType.name}</>} ·{' '}
          <time dateTime={isoInZone(report.publishedAt, zone)}>{formatIndonesianDate(report.publishedAt, zone)}</time>
        </p>
      </div>
    </article>
  )
}

/** A list of report cards, or a sentence saying there is none. */
export const ReportCards = ({ reports, empty = 'Belum ada berita.' }: { reports: Card[]; empty?: string }) =>
  reports.length === 0 ? (
    <p>{empty}</p>
  ) : (
    <div className="cards">
      {reports.map((report) => (
        <ReportCard key={report.id} report={report} />
      ))}
    </div>
  )
