import type { PayloadRequest } from 'payload'

import { idOf } from '@/access/unitTree'
import { COLLECTIONS } from '@/constants/collections'
import { reportPath } from '@/constants/routes'
import type { Report } from '@/payload-types'
import { asTimeZone } from '@/utilities/formatDate'

import type { EventAction } from './labels'
import type { State, Transition } from './machine'
import { composeNotification, notificationKind } from './notifications'
import { editorsAbove, queueNotification } from './people'

type ID = number | string

type EventArgs = {
  req: PayloadRequest
  /** The report as the event names it; `id: null` once it is deleted. */
  report: Pick<Report, 'title' | 'unit'> & { id: ID | null }
  action: EventAction
  from: State | null
  to: State | null
  actorId: ID | null
  actorName: string
  now: Date
  note?: string | null
  publishAt?: Date | null
  changeNote?: string | null
  minor?: boolean
}

/** One audit record. Events are created by the workflow only, so access is overridden on purpose. */
export const recordEvent = async (a: EventArgs) =>
  a.req.payload.create({
    collection: COLLECTIONS.workflowEvents,
    overrideAccess: true,
    req: a.req,
    data: {
      report: a.report.id as number | null,
      reportTitle: a.report.title,
      unit: idOf(a.report.unit) as number,
      action: a.action,
      from: a.from,
      to: a.to,
      actor: a.actorId as number | null,
      actorName: a.actorName,
      at: a.now.toISOString(),
      note: a.note ?? null,
      publishAt: a.publishAt?.toISOString() ?? null,
      changeNote: a.changeNote ?? null,
      minor: a.minor ?? false,
    },
  })

/**
 * A line in the public register of corrections and withdrawals, under the title and slug the public
 * knew (written by the workflow only).
 */
export const recordNotice = async (req: PayloadRequest, version: Report, kind: 'correction' | 'withdrawal', note: string, now: Date) =>
  req.payload.create({
    collection: COLLECTIONS.corrections,
    overrideAccess: true,
    req,
    data: { report: version.id, reportTitle: version.title, reportSlug: version.slug, unit: idOf(version.unit) as number, kind, note, at: now.toISOString() },
  })

const userEmails = async (req: PayloadRequest, ids: ID[]): Promise<string[]> => {
  const { docs } = await req.payload.find({ collection: COLLECTIONS.users, where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, overrideAccess: true, req, select: { email: true } })
  return docs.map((user) => user.email)
}

/** Tells the people concerned, through the job queue: a failed send never fails the action. */
export const notify = async (req: PayloadRequest, transition: Pick<Transition, 'action' | 'to' | 'note' | 'publishAt'>, working: Report, actor: { id: ID | null; name: string }) => {
  const kind = notificationKind(transition)
  if (!kind) return
  const authorId = idOf(working.author)
  const recipients =
    kind === 'submitted' || kind === 'publish_failed'
      ? await editorsAbove(req, idOf(working.unit), actor.id)
      : authorId !== null && String(authorId) !== String(actor.id)
        ? await userEmails(req, [authorId])
        : []
  if (recipients.length === 0) return
  const unit = await req.payload.findByID({ collection: COLLECTIONS.units, id: idOf(working.unit) as number, depth: 0, overrideAccess: true, req, disableErrors: true, select: { timeZone: true } })
  const base = req.payload.config.serverURL
  await queueNotification(
    req,
    composeNotification(kind, recipients, {
      reportTitle: working.title,
      actorName: actor.name,
      note: transition.note,
      publishAt: transition.publishAt,
      timeZone: asTimeZone(unit?.timeZone),
      editUrl: `${base}/admin/collections/reports/${working.id}`,
      publicUrl: working.slug ? `${base}${reportPath(working.slug)}` : null,
    }),
  )
}
