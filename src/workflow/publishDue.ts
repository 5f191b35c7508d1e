import type { PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants/collections'

import { runTransition } from './pipeline'

type ID = number | string

export type DueResult = { published: ID[]; lapsed: ID[]; failed: ID[] }

/** How many due reports one run takes on; the next run, 15 s later, takes the rest. */
const BATCH = 100

const reason = (error: unknown): string => {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  const fields = data?.errors?.map((e) => e.path).filter(Boolean) ?? []
  if (fields.length) return `isian tidak valid (${fields.join(', ')}).`
  return error instanceof Error ? error.message : String(error)
}

/**
 * Every scheduled report whose time has come goes live, or back to review when its approver's authority
 * lapsed, each through the one transition pipeline in a transaction of its own. One report's failure
 * is recorded on that report (an event, a notice to its editors, the report back in review) and never
 * stops the others. Run by the job runner.
 */
export const publishDueReports = async (req: PayloadRequest, now = new Date()): Promise<DueResult> => {
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.reports,
    draft: true,
    where: { and: [{ state: { equals: 'scheduled' } }, { publishAt: { less_than_equal: now.toISOString() } }] },
    sort: 'publishAt',
    depth: 0,
    limit: BATCH,
    pagination: false,
    overrideAccess: true,
    req,
    select: { state: true },
  })
  const result: DueResult = { published: [], lapsed: [], failed: [] }
  for (const { id } of docs) {
    try {
      const outcome = await runTransition({ req, id, trigger: { by: 'clock' }, now })
      const action = outcome?.transition.action
      if (action === 'scheduled_publish') result.published.push(id)
      if (action === 'schedule_lapsed') result.lapsed.push(id)
      if (action === 'publish_failed') result.failed.push(id)
    } catch (error) {
      req.payload.logger.error({ err: error, report: id, msg: 'Scheduled go-live failed' })
      try {
        await runTransition({ req, id, trigger: { by: 'failure', reason: reason(error) }, now })
        result.failed.push(id)
      } catch (second) {
        // Left scheduled: the next run tries again. The other reports are not held up.
        req.payload.logger.error({ err: second, report: id, msg: 'Could not record a failed scheduled go-live' })
      }
    }
  }
  return result
}
