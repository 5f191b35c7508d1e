import type { JobsConfig } from 'payload'

type AutorunCronConfig = Extract<NonNullable<JobsConfig['autoRun']>, unknown[]>[number]

import { DUE_CHECK_CRON } from './publishDueReportsTask'

/**
 * Set to "1" by the server at startup (src/instrumentation.ts): only the server process runs jobs,
 * not scripts, tests or the build.
 */
export const JOB_RUNNER_ENV = 'WARTA_JOB_RUNNER'

/** The runner's crons: every queue, scheduled tasks included, every 15 seconds. */
export const jobRunnerCrons = (): AutorunCronConfig[] =>
  process.env[JOB_RUNNER_ENV] === '1' ? [{ cron: DUE_CHECK_CRON, allQueues: true, limit: 20, silent: { info: true } }] : []
