import type { Action, State } from './machine'

/** How the admin names states and actions, in Indonesian. */
export const STATE_LABELS: Record<State, string> = {
  draft: 'Draf',
  in_review: 'Menunggu review',
  changes_requested: 'Perlu perbaikan',
  scheduled: 'Terjadwal',
  published: 'Terbit',
  withdrawn: 'Ditarik',
}

export const EVENT_ACTIONS = [
  'submit',
  'request_changes',
  'publish',
  'unschedule',
  'withdraw',
  'reopen',
  'scheduled_publish',
  'schedule_lapsed',
  'publish_failed',
  'delete',
] as const
export type EventAction = (typeof EVENT_ACTIONS)[number]

export const ACTION_LABELS: Record<EventAction, string> = {
  submit: 'Ajukan untuk review',
  request_changes: 'Minta perbaikan',
  publish: 'Setujui & terbitkan',
  unschedule: 'Batalkan jadwal',
  withdraw: 'Tarik dari publikasi',
  reopen: 'Buka kembali',
  scheduled_publish: 'Terbit sesuai jadwal',
  schedule_lapsed: 'Jadwal dibatalkan sistem',
  publish_failed: 'Gagal terbit terjadwal',
  delete: 'Dihapus',
} satisfies Record<Action, string> & Record<string, string>
