import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

/**
 * Payload's e-mail through nodemailer over SMTP_URL (e.g. `smtps://user:pass@mail.example:465`).
 * A few lines of glue instead of @payloadcms/email-nodemailer, which has no release at our Payload
 * version and would break the one-version rule.
 */
export const smtpAdapter =
  ({ url, fromAddress, fromName }: { url: string; fromAddress: string; fromName: string }): EmailAdapter =>
  () => {
    const transport = nodemailer.createTransport(url)
    return {
      name: 'smtp',
      defaultFromAddress: fromAddress,
      defaultFromName: fromName,
      sendEmail: async (message: SendEmailOptions) =>
        transport.sendMail({ from: `"${fromName}" <${fromAddress}>`, ...message }),
    }
  }
