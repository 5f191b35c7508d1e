/**
 * Next calls this once when the server starts. Starting Payload here starts the job runner (scheduled
 * publishing, notifications, WebSub pings) with the server, before any admin or API request arrives:
 * in every server of the embedded default, and in the worker of the scaled topology, never in its web
 * processes (WARTA_ROLE=web), so that each job runs once however many of them there are.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { JOB_RUNNER_ENV } = await import('@/jobs/jobRunner')
  process.env[JOB_RUNNER_ENV] ??= process.env.WARTA_ROLE === 'web' ? '0' : '1'
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
