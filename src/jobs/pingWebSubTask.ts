import type { TaskConfig } from 'payload'

import { TASKS } from '@/constants/jobs'

/**
 * Tells the WebSub hub (WEBSUB_HUB_URL) which feeds changed, one `hub.mode=publish` per feed. A hub
 * that is down fails the task, which the runner retries; publishing never waits for it.
 */
export const pingWebSubTask: TaskConfig<'pingWebSub'> = {
  slug: TASKS.pingWebSub,
  label: 'Kabari hub WebSub',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [{ name: 'urls', type: 'text', hasMany: true, required: true }],
  handler: async ({ input, req }) => {
    const hub = process.env.WEBSUB_HUB_URL
    if (!hub) return { output: {} }
    for (const url of input.urls) {
      const response = await fetch(hub, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': url }),
        signal: AbortSignal.timeout(10_000),
      })
      if (!response.ok) throw new Error(`WebSub hub answered ${response.status} for ${url}`)
    }
    req.payload.logger.info({ msg: 'WebSub hub notified', feeds: input.urls.length })
    return { output: {} }
  },
}
