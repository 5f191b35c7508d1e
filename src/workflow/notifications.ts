import type { TimeZone } from '@/constants/collections'
import { formatIndonesianDate } from '@/utilities/formatDate'

import type { Transition } from './machine'

export type NotificationKind = 'submitted' | 'changes_requested' | 'scheduled' | 'published' | 'withdrawn' | 'publish_failed'
export type Notification = { to: string[]; subject: string; text: string }

export type NotificationContext = {
  reportTitle: string
  actorName: string
  note: string | null
  publishAt: Date | null
  timeZone: TimeZone
  editUrl: string
  publicUrl: string | null
}

/**
 * Who hears about a transition: editors above on submit and on a scheduled go-live that failed, the
 * author on the editor's decisions.
 */
export const notificationKind = (transition: Pick<Transition, 'action' | 'to'>): NotificationKind | null => {
  switch (transition.action) {
    case 'submit':
      return 'submitted'
    case 'request_changes':
      return 'changes_requested'
    case 'publish':
      return transition.to === 'scheduled' ? 'scheduled' : 'published'
    case 'scheduled_publish':
      return 'published'
    case 'publish_failed':
      return 'publish_failed'
    case 'withdraw':
      return 'withdrawn'
    default:
      return null
  }
}

const FOOTER = '\n\n--\nPesan otomatis dari Warta, ruang redaksi humas. Jangan membalas e-mail ini.'

/** The e-mail, in Indonesian, for one kind of notification. Pure. */
export const composeNotification = (kind: NotificationKind, to: string[], c: NotificationContext): Notification => {
  const title = `"${c.reportTitle}"`
  const note = c.note ? `\n\nCatatan:\n${c.note}` : ''
  switch (kind) {
    case 'submitted':
      return {
        to,
        subject: `Menunggu review: ${c.reportTitle}`,
        text: `${c.actorName} mengajukan laporan ${title} untuk direview.${note}\n\nBuka laporan: ${c.editUrl}${FOOTER}`,
      }
    case 'changes_requested':
      return {
        to,
        subject: `Perlu perbaikan: ${c.reportTitle}`,
        text: `${c.actorName} meminta perbaikan atas laporan ${title}.${note}\n\nPerbaiki lalu ajukan kembali: ${c.editUrl}${FOOTER}`,
      }
    case 'scheduled': {
      const when = c.publishAt ? formatIndonesianDate(c.publishAt, c.timeZone) : 'waktu yang ditentukan'
      return {
        to,
        subject: `Dijadwalkan terbit: ${c.reportTitle}`,
        text: `${c.actorName} menyetujui laporan ${title}. Laporan akan terbit ${when}.${note}\n\n${c.editUrl}${FOOTER}`,
      }
    }
    case 'published':
      return {
        to,
        subject: `Telah terbit: ${c.reportTitle}`,
        text: `Laporan ${title} telah terbit (disetujui oleh ${c.actorName}).${note}\n\n${c.publicUrl ?? c.editUrl}${FOOTER}`,
      }
    case 'publish_failed':
      return {
        to,
        subject: `Gagal terbit terjadwal: ${c.reportTitle}`,
        text: `Laporan ${title} tidak dapat diterbitkan sesuai jadwal dan kembali menunggu review.${note}\n\nPeriksa laporan: ${c.editUrl}${FOOTER}`,
      }
    case 'withdrawn':
      return {
        to,
        subject: `Ditarik dari publikasi: ${c.reportTitle}`,
        text: `${c.actorName} menarik laporan ${title} dari publikasi.${note}\n\n${c.editUrl}${FOOTER}`,
      }
  }
}
