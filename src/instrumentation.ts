/**
 * Next calls this once when the server starts. Starting Payload here starts the job runner (scheduled
 * publishing, notifications) with the server, before any admin or API request arrives.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { JOB_RUNNER_ENV } = await import('@/jobs/jobRunner')
  process.env[JOB_RUNNER_ENV] ??= '1'
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
