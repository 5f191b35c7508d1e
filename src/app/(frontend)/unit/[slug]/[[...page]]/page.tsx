import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { pageFromSegments } from '@/components/Pagination/Pagination'
import { ReportListPage } from '@/components/ReportListPage/ReportListPage'
import { pagePath, unitPath } from '@/constants/routes'
import { ancestorsOf, getUnits, subtreeOf } from '@/data/taxonomy'
import { ZONE_ABBREVIATIONS, asTimeZone } from '@/utilities/formatDate'
import { listMetadata } from '@/utilities/seo'

export const revalidate = 3600
export const dynamicParams = true
export const generateStaticParams = async () => []

type Props = { params: Promise<{ slug: string; page?: string[] }> }

const findUnit = async (slug: string) => {
  const units = await getUnits()
  const unit = units.find((u) => u.slug === slug)
  return unit ? { unit, units } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, page: segments } = await params
  const found = await findUnit(slug)
  const page = pageFromSegments(segments)
  if (!found || page === null) return { title: 'Halaman tidak ditemukan', robots: { index: false } }
  const base = unitPath(slug)
  return listMetadata({
    title: page > 1 ? `${found.unit.name} — halaman ${page}` : found.unit.name,
    description: `Berita kegiatan ${found.unit.longName} dan satuan di bawahnya.`,
    path: pagePath(base, page),
    feeds: { base, title: `Berita ${found.unit.name}` },
  })
}

/** A unit's reports and those of every unit below it, with where the unit sits in the tree. */
export default async function UnitPage({ params }: Props) {
  const { slug, page: segments } = await params
  const found = await findUnit(slug)
  const page = pageFromSegments(segments)
  if (!found || page === null) notFound()
  const { unit, units } = found
  const ancestors = ancestorsOf(units, unit).slice(0, -1)
  const children = units.filter((u) => u.parent === unit.id)
  const tree = (
    <nav className="unit-tree" aria-label="Struktur satuan">
      {ancestors.length > 0 && (
        <p>
          Di bawah:{' '}
          {ancestors.map((a, i) => (
            <span key={a.id}>
              {i > 0 && ' › '}
              <Link href={unitPath(a.slug ?? '')}>{a.name}</Link>
            </span>
          ))}
        </p>
      )}
      {children.length > 0 && (
        <>
          <h2>Satuan di bawahnya</h2>
          <ul>
            {children.map((child) => (
              <li key={child.id}>
                <Link href={unitPath(child.slug ?? '')}>{child.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </nav>
  )
  return (
    <ReportListPage
      title={unit.name}
      intro={
        <p className="list-intro">
          {unit.longName} · waktu setempat {ZONE_ABBREVIATIONS[asTimeZone(unit.timeZone)]}
        </p>
      }
      aside={tree}
      base={unitPath(slug)}
      page={page}
      where={{ unit: { in: subtreeOf(units, unit.id) } }}
      empty="Belum ada berita dari satuan ini."
    />
  )
}
