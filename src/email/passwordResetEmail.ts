import type { PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'

import { escapeHtml } from '@/feeds/text'

/** How long a reset link works. */
export const RESET_LINK_LIFETIME_MS = 60 * 60 * 1000

type Args = { req?: PayloadRequest; token?: string; user?: { name?: string | null } }

/** The admin's reset page for a token, on the configured public origin (never the request's Host). */
export const resetPasswordUrl = (req: PayloadRequest, token: string): string => {
  const { config } = req.payload
  return formatAdminURL({ adminRoute: config.routes.admin, path: `${config.admin.routes.reset}/${token}`, serverURL: config.serverURL })
}

export const passwordResetSubject = (): string => 'Atur ulang kata sandi Warta'

/** The reset e-mail, in Indonesian. */
export const passwordResetHtml = ({ req, token, user }: Args = {}): string => {
  if (!req || !token) throw new Error('passwordResetHtml needs req and token')
  const url = escapeHtml(resetPasswordUrl(req, token))
  const name = user?.name ? `, ${escapeHtml(user.name)}` : ''
  return [
    `<p>Halo${name}.</p>`,
    '<p>Kami menerima permintaan untuk mengatur ulang kata sandi akun Warta Anda. Buka tautan berikut untuk membuat kata sandi baru:</p>',
    `<p><a href="${url}">${url}</a></p>`,
    `<p>Tautan ini berlaku ${RESET_LINK_LIFETIME_MS / 60_000} menit dan hanya dapat dipakai sekali.</p>`,
    '<p>Jika Anda tidak meminta ini, abaikan e-mail ini: kata sandi Anda tidak berubah. Beri tahu administrator satuan kerja Anda bila permintaan ini terus datang.</p>',
    '<p>--<br>Pesan otomatis dari Warta, ruang redaksi humas. Jangan membalas e-mail ini.</p>',
  ].join('\n')
}
