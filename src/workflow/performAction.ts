import type { PayloadRequest } from 'payload'

import type { Report } from '@/payload-types'

import type { ActionInput, State } from './machine'
import { runTransition } from './pipeline'
import { stateOf } from './reportFacts'

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

/**
 * Runs a workflow action for the signed-in user (POST /api/reports/:id/workflow, the admin's panel, the
 * seed) through the one transition pipeline. Throws a WorkflowError (401/403/404/409/400) when the
 * action may not happen.
 */
export const performAction = async ({ req, id, action, input = {}, now = new Date() }: { req: PayloadRequest; id: ID; action: unknown; input?: ActionInput; now?: Date }): Promise<ActionResult> => {
  const outcome = await runTransition({ req, id, trigger: { by: 'user', action, input }, now })
  // A user's action always decides or throws; only the clock may find nothing to do.
  if (!outcome) throw new Error('performAction: the pipeline made no decision')
  const { transition, working, live, eventId } = outcome
  const report = working as Report & { publishAt?: string | null; revisedAt?: string | null }
  return {
    id,
    state: stateOf(report as never),
    live,
    publishAt: report.publishAt ?? null,
    publishedAt: report.publishedAt ?? null,
    revisedAt: report.revisedAt ?? null,
    event: { id: eventId, action: transition.action, from: transition.from, to: transition.to, at: now.toISOString() },
  }
}
