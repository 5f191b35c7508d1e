import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { idOf } from '@/access/unitTree'
import { COLLECTIONS } from '@/constants/collections'
import { reportPath } from '@/constants/routes'
import type { Report } from '@/payload-types'
import { mediaIdsOf, refreshMediaVisibility } from '@/media/visibility'
import { asTimeZone } from '@/utilities/formatDate'

import { actorFor } from './actor'
import { asWorkflowWrite } from './context'
import { transitionValues, type WorkflowValues } from './changes'
import { decide, type ActionInput, type State, type Transition } from './machine'
import { composeNotification, notificationKind } from './notifications'
import { editorsAbove, queueNotification, userName } from './people'
import { announcePublicChange, queueFeedPings } from './publicChange'
import { publicVersion, reportFacts, stateOf, taxonomyOf } from './reportFacts'
import { reportNotFound, unauthenticated, WorkflowError } from './WorkflowError'

type ID = number | string

export type ActionResult = {
  id: ID
  state: State
  live: boolean
  publishAt: string | null
  publishedAt: string | null
  revisedAt: string | null
  event: { id: ID; action: string; from: State; to: State; at: string }
}

type RecordArgs = {
  req: PayloadRequest
  working: Report
  action: string
  from: State
  to: State
  actorId: ID | null
  actorName: string
  now: Date
  note?: string | null
  publishAt?: Date | null
  changeNote?: string | null
  minor?: boolean
}

/** One audit record. Events are created by this service only, so access is overridden on purpose. */
export const recordEvent = async (a: RecordArgs) =>
  a.req.payload.create({
    collection: COLLECTIONS.workflowEvents,
    overrideAccess: true,
    req: a.req,
    data: {
      report: a.working.id,
      reportTitle: a.working.title,
      unit: idOf(a.working.unit) as number,
      action: a.action as never,
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

/** A line in the public register of corrections and withdrawals (written by this service only). */
export const recordNotice = async (req: PayloadRequest, working: Report, kind: 'correction' | 'withdrawal', note: string, now: Date) =>
  req.payload.create({
    collection: COLLECTIONS.corrections,
    overrideAccess: true,
    req,
    data: { report: working.id, reportTitle: working.title, reportSlug: working.slug, unit: idOf(working.unit) as number, kind, note, at: now.toISOString() },
  })

/**
 * Writes a report's workflow values. Live reports keep their public version unless the transition
 * changes what the public sees: then the main document is written (and validated in full). Reports
 * that are not live have no public version to protect, so main document and version move together.
 */
export const writeReport = async (req: PayloadRequest, id: ID, values: WorkflowValues, { live, publicChange }: { live: boolean; publicChange: boolean }) =>
  asWorkflowWrite(req, () =>
    req.payload.update({
      collection: COLLECTIONS.reports,
      id,
      data: { _status: 'draft', ...values } as never,
      draft: live && !publicChange,
      // The decision was made by the state machine for this user; the fields written are ones no user may write.
      overrideAccess: true,
      depth: 0,
      req,
    }),
  )

/** Tells the people concerned, through the job queue: a failed send never fails the action. */
export const notify = async (req: PayloadRequest, transition: Pick<Transition, 'action' | 'to' | 'note' | 'publishAt'>, working: Report, actor: { id: ID | null; name: string }) => {
  const kind = notificationKind(transition)
  if (!kind) return
  const authorId = idOf(working.author)
  const recipients =
    kind === 'submitted'
      ? await editorsAbove(req, idOf(working.unit), actor.id)
      : authorId !== null && String(authorId) !== String(actor.id)
        ? await userEmails(req, [authorId])
        : []
  if (recipients.length === 0) return
  const unit = await req.payload.findByID({ collection: COLLECTIONS.units, id: idOf(working.unit) as number, depth: 0, overrideAccess: true, req, select: { timeZone: true } })
  const base = req.payload.config.serverURL
  await queueNotification(
    req,
    composeNotification(kind, recipients, {
      reportTitle: working.title,
      actorName: actor.name,
      note: transition.note,
      publishAt: transition.publishAt,
      timeZone: asTimeZone(unit.timeZone),
      editUrl: `${base}/admin/collections/reports/${working.id}`,
      publicUrl: working.slug ? `${base}${reportPath(working.slug)}` : null,
    }),
  )
}

const userEmails = async (req: PayloadRequest, ids: ID[]): Promise<string[]> => {
  const { docs } = await req.payload.find({ collection: COLLECTIONS.users, where: { id: { in: ids } }, depth: 0, overrideAccess: true, pagination: false, req, select: { email: true } })
  return docs.map((user) => user.email)
}

/**
 * Runs a workflow action for the signed-in user: the report as they may see it, the state machine's
 * decision, then the change, its audit event, any public notice and the notifications, all in one
 * transaction. Throws a WorkflowError (401/403/404/409/400) when the action may not happen.
 */
export const performAction = async ({
  req,
  id,
  action,
  input = {},
  now = new Date(),
}: {
  req: PayloadRequest
  id: ID
  action: unknown
  input?: ActionInput
  now?: Date
}): Promise<ActionResult> => {
  const { user } = req
  if (!user || user.collection !== COLLECTIONS.users) throw unauthenticated()
  const shouldCommit = await initTransaction(req)
  try {
    const working = (await req.payload
      .findByID({ collection: COLLECTIONS.reports, id, draft: true, depth: 0, overrideAccess: false, req, disableErrors: true })
      .catch(() => null)) as Report | null
    if (!working) throw reportNotFound()
    const { live, slug: liveSlug, mediaIds: liveMedia, taxonomy: liveTaxonomy } = await publicVersion(req, id)
    const actor = await actorFor(req, user, working.unit)
    if (!actor) throw new WorkflowError({ status: 403, code: 'NOT_ALLOWED', message: 'Akun Anda tidak memiliki peran.' })

    const decision = decide({ action, actor, report: reportFacts(working as never, live), input, now })
    if (!decision.ok) throw new WorkflowError(decision)

    const actorName = await userName(req, user.id)
    const writerName = await userName(req, idOf(working.author))
    const values = transitionValues(decision, { actorId: user.id, now, working: working as never, writerName, editorName: actorName, liveSlug })
    const publicChange = decision.goLive || decision.goOffline
    const updated = (await writeReport(req, id, values, { live, publicChange })) as Report
    if (publicChange) await refreshMediaVisibility(req, [...liveMedia, ...mediaIdsOf(updated)])

    const event = await recordEvent({
      req,
      working,
      action: decision.action,
      from: decision.from,
      to: decision.to,
      actorId: user.id,
      actorName,
      now,
      note: decision.note,
      publishAt: decision.publishAt,
      changeNote: decision.changeNote,
      minor: decision.minor,
    })
    if (decision.goLive && decision.changeNote) await recordNotice(req, updated, 'correction', decision.changeNote, now)
    if (decision.action === 'withdraw' && decision.note) await recordNotice(req, updated, 'withdrawal', decision.note, now)
    await notify(req, decision, updated, { id: user.id, name: actorName })
    if (publicChange) await queueFeedPings(req, [liveTaxonomy, decision.goLive ? taxonomyOf(updated as never) : null])

    if (shouldCommit) await commitTransaction(req)
    if (publicChange) await announcePublicChange(req, [liveSlug, updated.slug])
    return {
      id,
      state: stateOf(updated as never),
      live: decision.goLive || (live && !decision.goOffline),
      publishAt: (updated.publishAt as string | null | undefined) ?? null,
      publishedAt: updated.publishedAt ?? null,
      revisedAt: (updated.revisedAt as string | null | undefined) ?? null,
      event: { id: event.id, action: decision.action, from: decision.from, to: decision.to, at: now.toISOString() },
    }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
