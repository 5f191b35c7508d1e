import type { TaskConfig } from 'payload'

import { JOB_QUEUES, TASKS } from '@/constants/jobs'
import { publishDueReports } from '@/workflow/publishDue'

/** How often the runner looks for scheduled reports that are due: within a minute of their time. */
export const DUE_CHECK_CRON = '*/15 * * * * *'

/** Puts due scheduled reports live. Queued on its own schedule; the runner starts with the server. */
export const publishDueReportsTask: TaskConfig<'publishDueReports'> = {
  slug: TASKS.publishDueReports,
  label: 'Terbitkan laporan terjadwal',
  schedule: [{ cron: DUE_CHECK_CRON, queue: JOB_QUEUES.workflow }],
  outputSchema: [
    { name: 'published', type: 'number' },
    { name: 'lapsed', type: 'number' },
  ],
  handler: async ({ req }) => {
    const { published, lapsed } = await publishDueReports(req)
    if (published.length || lapsed.length) req.payload.logger.info({ msg: 'Scheduled reports processed', published, lapsed })
    return { output: { published: published.length, lapsed: lapsed.length } }
  },
}
