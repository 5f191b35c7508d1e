import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import type { Report } from '@/payload-types'

import { actorFor } from './actor'
import { ACTIONS, decide, decideEdit, type ActionInput } from './machine'
import { performAction } from './performAction'
import { isLive, loadFacts, stateOf } from './reportFacts'
import { reportNotFound, unauthenticated, WorkflowError } from './WorkflowError'

const INPUT_KEYS = ['note', 'publishAt', 'changeNote', 'minor', 'revision'] as const

const readBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  const body: unknown = await req.json?.().catch(() => undefined)
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new WorkflowError({ status: 400, code: 'INVALID_INPUT', message: 'Kirim JSON berupa objek: { "action": ... }.' })
  }
  return body as Record<string, unknown>
}

const reportId = (req: PayloadRequest): string => {
  const id = req.routeParams?.id
  if (typeof id !== 'string' || !id) throw reportNotFound()
  return id
}

/** POST /api/reports/:id/workflow { action, note?, publishAt?, changeNote?, minor?, revision? } */
const postWorkflow: PayloadHandler = async (req) => {
  if (!req.user) throw unauthenticated()
  const body = await readBody(req)
  const input: ActionInput = Object.fromEntries(INPUT_KEYS.map((key) => [key, body[key]]))
  const result = await performAction({ req, id: reportId(req), action: body.action, input })
  return Response.json(result)
}

/**
 * GET /api/reports/:id/workflow: the state, the revision under review (send it back with `publish`),
 * the actions this user may take, and the timeline.
 */
const getWorkflow: PayloadHandler = async (req) => {
  const { user } = req
  if (!user) throw unauthenticated()
  const id = reportId(req)
  const working = (await req.payload
    .findByID({ collection: COLLECTIONS.reports, id, draft: true, depth: 0, overrideAccess: false, req, disableErrors: true })
    .catch(() => null)) as Report | null
  if (!working) throw reportNotFound()
  const live = await isLive(req, id)
  const actor = await actorFor(req, user, working.unit)
  const facts = await loadFacts(req, working as never, live)
  const now = new Date()
  const actions = actor
    ? ACTIONS.filter((action) => {
        const decision = decide({ action, actor, report: facts, input: {}, now })
        return decision.ok || decision.status === 400
      })
    : []
  const { docs: events } = await req.payload.find({
    collection: COLLECTIONS.workflowEvents,
    where: { report: { equals: id } },
    sort: '-at',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    req,
    select: { action: true, from: true, to: true, actorName: true, at: true, note: true, publishAt: true, changeNote: true, minor: true },
  })
  return Response.json({
    id: working.id,
    state: stateOf(working as never),
    live,
    revision: facts.revision ?? null,
    everPublished: facts.everPublished,
    missing: facts.missing,
    reviewNote: working.reviewNote ?? null,
    publishAt: working.publishAt ?? null,
    publishedAt: working.publishedAt ?? null,
    canEdit: actor ? decideEdit({ actor, report: facts }).ok : false,
    actions,
    events,
  })
}

export const workflowEndpoints: Endpoint[] = [
  { path: '/:id/workflow', method: 'post', handler: postWorkflow },
  { path: '/:id/workflow', method: 'get', handler: getWorkflow },
]
