import type { EmailAdapter } from 'payload'

import { smtpAdapter } from './smtpAdapter'

/**
 * SMTP when SMTP_URL is set. Otherwise no adapter: Payload then logs e-mails (password resets)
 * instead of sending them, and workflow notifications are logged by their job.
 */
export const emailAdapter = (): EmailAdapter | undefined => {
  const url = process.env.SMTP_URL
  if (!url) return undefined
  return smtpAdapter({
    url,
    fromAddress: process.env.MAIL_FROM || 'warta@localhost',
    fromName: process.env.MAIL_FROM_NAME || 'Warta',
  })
}
