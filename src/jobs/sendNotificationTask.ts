import type { TaskConfig } from 'payload'

import { TASKS } from '@/constants/jobs'

/**
 * Sends one workflow e-mail. Without SMTP_URL the message is logged instead. A failure is retried by
 * the job runner and never touches the action that queued it.
 */
export const sendNotificationTask: TaskConfig<'sendNotification'> = {
  slug: TASKS.sendNotification,
  label: 'Kirim notifikasi e-mail',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [
    { name: 'to', type: 'text', hasMany: true, required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  handler: async ({ input, req }) => {
    const { to, subject, text } = input
    if (!process.env.SMTP_URL) {
      req.payload.logger.info({ msg: 'Notification (SMTP_URL not set, not sent)', to, subject })
      return { output: {} }
    }
    await req.payload.sendEmail({ to, subject, text })
    return { output: {} }
  },
}
