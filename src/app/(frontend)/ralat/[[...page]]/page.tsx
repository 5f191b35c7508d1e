import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Pagination, pageFromSegments } from '@/components/Pagination/Pagination'
import { correctionsPath, pagePath, reportPath } from '@/constants/routes'
import { listCorrections } from '@/data/listCorrections'
import { asTimeZone, formatIndonesianDate, isoInZone } from '@/utilities/formatDate'
import { listMetadata } from '@/utilities/seo'

export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async () => []

type Props = { params: Promise<{ page?: string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageFromSegments((await params).page) ?? 1
  return listMetadata({
    title: page > 1 ? `Ralat dan penarikan berita — halaman ${page}` : 'Ralat dan penarikan berita',
    description: 'Daftar terbuka setiap ralat dan penarikan berita, terbaru lebih dulu.',
    path: pagePath(correctionsPath, page),
  })
}

/** Every correction and withdrawal, with its note and date, newest first. */
export default async function CorrectionsPage({ params }: Props) {
  const page = pageFromSegments((await params).page)
  if (page === null) notFound()
  const { docs, totalPages } = await listCorrections(page)
  if (page > 1 && page > totalPages) notFound()
  return (
    <div className="list-page">
      <header className="list-header">
        <h1>Ralat dan penarikan berita</h1>
        <p className="list-intro">Setiap perubahan penting atas berita yang sudah terbit, dan setiap berita yang ditarik, dicatat di sini beserta alasannya.</p>
      </header>
      {docs.length === 0 ? (
        <p>Belum ada ralat atau penarikan.</p>
      ) : (
        <ol className="corrections-register">
          {docs.map((entry) => {
            const zone = asTimeZone(entry.unit?.timeZone)
            return (
              <li key={entry.id}>
                <p className="corrections-register__kind">{entry.kind === 'withdrawal' ? 'Penarikan' : 'Ralat'}</p>
                <h2>{entry.reportSlug ? <Link href={reportPath(entry.reportSlug)}>{entry.reportTitle}</Link> : entry.reportTitle}</h2>
                <p>{entry.note}</p>
                <p className="card__meta">
                  {entry.unit?.name && <>{entry.unit.name} · </>}
                  <time dateTime={isoInZone(entry.at, zone)}>{formatIndonesianDate(entry.at, zone)}</time>
                </p>
              </li>
            )
          })}
        </ol>
      )}
      <Pagination base={correctionsPath} page={page} totalPages={totalPages} />
    </div>
  )
}
