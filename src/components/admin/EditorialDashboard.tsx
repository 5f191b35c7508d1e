import type { Payload, TypedUser, Where } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import type { Report } from '@/payload-types'
import { STATE_LABELS } from '@/workflow/labels'
import type { State } from '@/workflow/machine'

type Props = { payload: Payload; user?: TypedUser | null }

const LIMIT = 20

const ReportTable = ({ caption, empty, reports }: { caption: string; empty: string; reports: Report[] }) => (
  <section style={{ marginBottom: '2rem' }}>
    <h2>{caption}</h2>
    {reports.length === 0 ? (
      <p>{empty}</p>
    ) : (
      <table className="table" style={{ width: '100%' }}>
        <thead>
          <tr>
            <th scope="col">Judul</th>
            <th scope="col">Status</th>
            <th scope="col">Diubah</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((report) => (
            <tr key={report.id}>
              <td>
                <a href={`/admin/collections/reports/${report.id}`}>{report.title || '(tanpa judul)'}</a>
              </td>
              <td>{STATE_LABELS[(report.state ?? 'draft') as State]}</td>
              <td>
                <time dateTime={report.updatedAt}>{new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(report.updatedAt))} WIB</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </section>
)

/**
 * The editor's start page: reports waiting for this user's review (in their scope, not their own)
 * and the reports they wrote. Read with the user's own access.
 */
export const EditorialDashboard = async ({ payload, user }: Props) => {
  if (!user || user.collection !== COLLECTIONS.users) return null
  const read = (where: Where) =>
    payload.find({
      collection: COLLECTIONS.reports,
      where,
      draft: true,
      depth: 0,
      limit: LIMIT,
      sort: '-updatedAt',
      overrideAccess: false,
      user,
      select: { title: true, state: true, updatedAt: true },
    })
  const reviewer = user.role === 'editor' || user.role === 'admin'
  const [waiting, mine] = await Promise.all([
    reviewer
      ? read({
          and: [
            { state: { equals: 'in_review' } },
            { author: { not_equals: user.id } },
            { submittedBy: { not_equals: user.id } },
            { contributors: { not_in: [user.id] } },
          ],
        })
      : null,
    read({ author: { equals: user.id } }),
  ])
  return (
    <div className="warta-dashboard">
      {waiting && <ReportTable caption="Menunggu review saya" empty="Tidak ada laporan yang menunggu review Anda." reports={waiting.docs as Report[]} />}
      <ReportTable caption="Laporan saya" empty="Anda belum menulis laporan." reports={mine.docs as Report[]} />
    </div>
  )
}
