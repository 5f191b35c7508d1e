import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { ReportCard } from '@/components/ReportCard/ReportCard'
import { activityTypePath, unitPath } from '@/constants/routes'
import { listReports, listSections } from '@/data/listReports'
import { getActivityTypes, getUnits, subtreeOf } from '@/data/taxonomy'
import { listMetadata, SITE_DESCRIPTION, SITE_NAME } from '@/utilities/seo'

// The home page, "/" (next.config rewrites it here). A route with a parameter that is rendered on
// the first request rather than at build: the build never reads the database, and the page is then
// cached until a publication expires its tags.
export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async () => []

export const metadata: Metadata = {
  ...listMetadata({ title: `${SITE_NAME} — Berita Humas Kepolisian`, description: SITE_DESCRIPTION, path: '/', feeds: { base: '/', title: 'Berita terbaru Warta' } }),
  title: { absolute: `${SITE_NAME} — Berita Humas Kepolisian` },
}

const LATEST = 10
const PER_SECTION = 3

export default async function HomePage({ params }: { params: Promise<{ slot?: string[] }> }) {
  if ((await params).slot?.length) notFound()
  const [latest, units, activityTypes] = await Promise.all([listReports({ limit: LATEST + 2, count: false }), getUnits(), getActivityTypes()])
  const [lead, ...rest] = latest.docs.slice(0, LATEST + 1)
  const regional = units.filter((unit) => unit.level === 'regional')
  const sections = await listSections([...regional.map((unit) => ({ units: subtreeOf(units, unit.id) })), ...activityTypes.map((type) => ({ activityType: type.id }))], PER_SECTION)
  const byRegion = regional.map((unit, i) => ({ unit, reports: sections[i] ?? [] }))
  const byType = activityTypes.map((type, i) => ({ type, reports: sections[regional.length + i] ?? [] }))
  return (
    <>
      <h1 className="visually-hidden">{SITE_NAME}: berita kegiatan humas kepolisian</h1>
      {!lead && <p>Belum ada berita yang terbit.</p>}
      {lead && (
        <section aria-labelledby="utama" className="home-lead">
          <h2 id="utama" className="section-title">
            Berita utama
          </h2>
          <ReportCard report={lead} lead headingLevel={3} />
        </section>
      )}
      {rest.length > 0 && (
        <section aria-labelledby="terbaru">
          <h2 id="terbaru" className="section-title">
            Terbaru
          </h2>
          <div className="cards">
            {rest.map((report) => (
              <ReportCard key={report.id} report={report} headingLevel={3} />
            ))}
          </div>
          {latest.docs.length > LATEST + 1 && (
            <p className="more">
              <Link href={"/terbaru/2"}>Berita lainnya</Link>
            </p>
          )}
        </section>
      )}
      <div className="sections">
        {byRegion
          .filter(({ reports }) => reports.length > 0)
          .map(({ unit, reports }) => (
            <section key={unit.id} aria-labelledby={`unit-${unit.id}`}>
              <h2 id={`unit-${unit.id}`} className="section-title">
                <Link href={unitPath(unit.slug ?? '')}>{unit.name}</Link>
              </h2>
              {reports.map((report) => (
                <ReportCard key={report.id} report={report} headingLevel={3} photo={false} />
              ))}
            </section>
          ))}
        {byType
          .filter(({ reports }) => reports.length > 0)
          .map(({ type, reports }) => (
            <section key={type.id} aria-labelledby={`kategori-${type.id}`}>
              <h2 id={`kategori-${type.id}`} className="section-title">
                <Link href={activityTypePath(type.slug ?? '')}>{type.name}</Link>
              </h2>
              {reports.map((report) => (
                <ReportCard key={report.id} report={report} headingLevel={3} photo={false} />
              ))}
            </section>
          ))}
      </div>
    </>
  )
}
