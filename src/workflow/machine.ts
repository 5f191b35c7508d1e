/**
 * The editorial state machine: which actor may take which action on a report in which state, and
 * what comes of it. Pure: no Payload, no clock, no I/O. Every path into report data asks this module.
 */

export const STATES = ['draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn'] as const
export type State = (typeof STATES)[number]

export const ACTIONS = ['submit', 'request_changes', 'publish', 'unschedule', 'withdraw', 'reopen'] as const
export type Action = (typeof ACTIONS)[number]

/** What the system does on its own: a scheduled report going live, its schedule lapsing, a go-live that failed. */
export const SYSTEM_ACTIONS = ['scheduled_publish', 'schedule_lapsed', 'publish_failed'] as const
export type SystemAction = (typeof SYSTEM_ACTIONS)[number]

export type Role = 'writer' | 'editor' | 'admin'

/** Where the report's unit sits seen from the actor's unit. */
export type Relation = 'own' | 'below' | 'above' | 'sideways'
export const RELATIONS: readonly Relation[] = ['own', 'below', 'above', 'sideways']

type ID = number | string

export type Actor = { id: ID; role: Role; relation: Relation }

export type ReportFacts = {
  state: State
  /** The public sees a version of this report right now. */
  live: boolean
  /** It has been public at least once: publishing again is a correction. */
  everPublished: boolean
  authorId: ID | null
  submitterId: ID | null
  /** Everyone who changed the content of the working copy since it last went live. */
  contributorIds: ID[]
  /** Required content that is still empty (see `missingContent`). */
  missing: string[]
  /** The checks before submit that found an error (src/intake/runChecks): submission waits for their fix. */
  blockingChecks?: BlockingCheck[]
  /** The working copy's latest version and its photos as they are now: what a reviewer sees. */
  revision?: ID | null
  /** A fingerprint of the working copy's photos as they are now (see photosFingerprint). */
  photos?: string | null
}

export type BlockingCheck = { code: string; message: string; field: string; excerpt: string }

export type ActionInput = {
  note?: unknown
  publishAt?: unknown
  changeNote?: unknown
  minor?: unknown
  /** The revision the editor reviewed (see ReportFacts.revision); optional. */
  revision?: unknown
}

export const ERROR_CODES = {
  unknownAction: 'UNKNOWN_ACTION',
  invalidInput: 'INVALID_INPUT',
  noteRequired: 'NOTE_REQUIRED',
  publishAtInPast: 'PUBLISH_AT_IN_PAST',
  changeNoteRequired: 'CHANGE_NOTE_REQUIRED',
  incomplete: 'INCOMPLETE',
  checksFailed: 'CHECKS_FAILED',
  notAllowed: 'NOT_ALLOWED',
  ownWork: 'OWN_WORK',
  wrongState: 'WRONG_STATE',
  staleRevision: 'STALE_REVISION',
  editNotAllowed: 'EDIT_NOT_ALLOWED',
  editWrongState: 'EDIT_WRONG_STATE',
} as const
export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES]

export type Refusal = { ok: false; status: 400 | 403 | 409; code: ErrorCode; message: string; fields?: string[]; checks?: BlockingCheck[] }

export type Transition = {
  ok: true
  action: Action | SystemAction
  from: State
  to: State
  /** The working copy becomes the public version. */
  goLive: boolean
  /** The public version is taken down. */
  goOffline: boolean
  note: string | null
  publishAt: Date | null
  /** A public correction note, when a published report is republished with a non-minor change. */
  changeNote: string | null
  minor: boolean
}

export type Decision = Transition | Refusal

export const NOTE_MAX = 2000
export const CHANGE_NOTE_MAX = 500

const refuse = (status: Refusal['status'], code: ErrorCode, message: string, fields?: string[]): Refusal => ({
  ok: false,
  status,
  code,
  message,
  ...(fields ? { fields } : {}),
})

const sameId = (a: ID | null | undefined, b: ID | null | undefined) => a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)

export const isAction = (value: unknown): value is Action => typeof value === 'string' && (ACTIONS as readonly string[]).includes(value)

/** Editors act on their own unit and every unit below it; admins on all. */
export const isEditorInScope = (actor: Actor): boolean =>
  actor.role === 'admin' || (actor.role === 'editor' && (actor.relation === 'own' || actor.relation === 'below'))

/** The units whose reports an actor may see and write: writers their own, editors theirs and below. */
export const isInScope = (actor: Actor): boolean => isEditorInScope(actor) || (actor.role === 'writer' && actor.relation === 'own')

const mayAct = (action: Action, actor: Actor, report: ReportFacts): boolean => {
  switch (action) {
    case 'submit':
      return isInScope(actor) || sameId(actor.id, report.authorId)
    case 'request_changes':
    case 'publish':
    case 'unschedule':
    case 'withdraw':
      return isEditorInScope(actor)
    case 'reopen':
      return actor.role === 'admin'
  }
}

const appliesTo = (action: Action, report: ReportFacts): boolean => {
  switch (action) {
    case 'submit':
      return report.state === 'draft' || report.state === 'changes_requested'
    case 'request_changes':
    case 'publish':
      return report.state === 'in_review'
    case 'unschedule':
      return report.state === 'scheduled'
    case 'withdraw':
      // A live report can be taken down whatever its pending revision is doing.
      return report.live && report.state !== 'withdrawn'
    case 'reopen':
      return report.state === 'withdrawn'
  }
}

const text = (value: unknown, max: number, field: string): string | null | Refusal => {
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') return refuse(400, ERROR_CODES.invalidInput, `"${field}" harus berupa teks.`, [field])
  const trimmed = value.trim()
  if (trimmed.length > max) return refuse(400, ERROR_CODES.invalidInput, `"${field}" paling banyak ${max} karakter.`, [field])
  return trimmed || null
}

const isRefusal = (value: unknown): value is Refusal => typeof value === 'object' && value !== null && 'ok' in value

/**
 * Decides an action. The checks run in the order a caller can act on: is the action known (400), may
 * this actor ever take it here (403), does it apply to the current state (409), is it the actor's own
 * work (403), is the input complete and valid (400).
 */
export const decide = ({
  action,
  actor,
  report,
  input = {},
  now,
}: {
  action: unknown
  actor: Actor
  report: ReportFacts
  input?: ActionInput
  now: Date
}): Decision => {
  if (!isAction(action)) return refuse(400, ERROR_CODES.unknownAction, `Aksi tidak dikenal. Pilihan: ${ACTIONS.join(', ')}.`, ['action'])
  if (!mayAct(action, actor, report)) return refuse(403, ERROR_CODES.notAllowed, 'Anda tidak berwenang melakukan aksi ini pada laporan ini.')
  if (!appliesTo(action, report)) {
    return refuse(409, ERROR_CODES.wrongState, `Aksi "${action}" tidak berlaku untuk laporan berstatus "${report.state}".`)
  }
  if (action === 'publish' && input.revision !== undefined && input.revision !== null && input.revision !== '') {
    if (typeof input.revision !== 'string' && typeof input.revision !== 'number') {
      return refuse(400, ERROR_CODES.invalidInput, '"revision" harus berupa id versi.', ['revision'])
    }
    if (!sameId(input.revision, report.revision)) {
      return refuse(409, ERROR_CODES.staleRevision, 'Laporan telah diubah sejak Anda membukanya. Muat ulang, periksa perubahannya, lalu setujui lagi.')
    }
  }
  if (action === 'request_changes' && sameId(actor.id, report.submitterId)) {
    return refuse(403, ERROR_CODES.ownWork, 'Laporan yang Anda ajukan sendiri harus ditinjau editor lain.')
  }
  if (action === 'publish') {
    const own = [report.authorId, report.submitterId, ...report.contributorIds].some((id) => sameId(actor.id, id))
    if (own) return refuse(403, ERROR_CODES.ownWork, 'Laporan yang Anda tulis, ajukan, atau ubah sendiri harus disetujui editor lain.')
  }

  const note = text(input.note, NOTE_MAX, 'note')
  if (isRefusal(note)) return note
  const changeNote = text(input.changeNote, CHANGE_NOTE_MAX, 'changeNote')
  if (isRefusal(changeNote)) return changeNote
  if (input.minor !== undefined && typeof input.minor !== 'boolean') {
    return refuse(400, ERROR_CODES.invalidInput, '"minor" harus bernilai true atau false.', ['minor'])
  }
  const minor = input.minor === true

  let publishAt: Date | null = null
  if (input.publishAt !== undefined && input.publishAt !== null && input.publishAt !== '') {
    if (action !== 'publish') return refuse(400, ERROR_CODES.invalidInput, '"publishAt" hanya berlaku untuk aksi publish.', ['publishAt'])
    publishAt = typeof input.publishAt === 'string' ? new Date(input.publishAt) : null
    if (!publishAt || Number.isNaN(publishAt.getTime()) || !/\d{4}-\d{2}-\d{2}T/.test(String(input.publishAt))) {
      return refuse(400, ERROR_CODES.invalidInput, '"publishAt" harus tanggal ISO 8601 dengan zona waktu.', ['publishAt'])
    }
    if (publishAt.getTime() <= now.getTime()) {
      return refuse(400, ERROR_CODES.publishAtInPast, 'Waktu terbit terjadwal harus di masa depan.', ['publishAt'])
    }
  }

  if ((action === 'request_changes' || action === 'withdraw') && !note) {
    const what = action === 'withdraw' ? 'Alasan penarikan' : 'Catatan untuk penulis'
    return refuse(400, ERROR_CODES.noteRequired, `${what} wajib diisi.`, ['note'])
  }
  if ((action === 'submit' || action === 'publish') && report.missing.length > 0) {
    return refuse(400, ERROR_CODES.incomplete, `Laporan belum lengkap: ${report.missing.join(', ')}.`, report.missing)
  }
  if (action === 'submit' && report.blockingChecks && report.blockingChecks.length > 0) {
    const checks = report.blockingChecks
    return { ...refuse(400, ERROR_CODES.checksFailed, `Perbaiki dahulu sebelum mengirim: ${checks.map((check) => check.message).join(' ')}`, [...new Set(checks.map((check) => check.field))]), checks }
  }
  if (action === 'publish' && report.everPublished && !minor && !changeNote) {
    return refuse(400, ERROR_CODES.changeNoteRequired, 'Perubahan atas berita yang sudah terbit wajib disertai catatan ralat, kecuali perubahan kecil.', ['changeNote'])
  }

  const transition = (to: State, extra: Partial<Transition> = {}): Transition => ({
    ok: true,
    action,
    from: report.state,
    to,
    goLive: false,
    goOffline: false,
    note,
    publishAt: null,
    changeNote: null,
    minor: false,
    ...extra,
  })

  switch (action) {
    case 'submit':
      return transition('in_review')
    case 'request_changes':
      return transition('changes_requested')
    case 'publish': {
      const correction = report.everPublished ? { changeNote: minor ? null : changeNote, minor } : {}
      if (publishAt) return transition('scheduled', { publishAt, ...correction })
      return transition('published', { goLive: true, ...correction })
    }
    case 'unschedule':
      return transition('in_review')
    case 'withdraw':
      return transition('withdrawn', { goOffline: true })
    case 'reopen':
      return transition('draft')
  }
}

/**
 * May this actor change the content of the report? Writers: their own unit's reports while drafting or
 * fixing, never a report that is live. Editors (unit and below) and admins: anything but a scheduled
 * report (unschedule first) or a withdrawn one (reopen first). Editing a live report makes a pending
 * revision: the public version stays until the revision is published.
 */
export const decideEdit = ({ actor, report }: { actor: Actor; report: Pick<ReportFacts, 'state' | 'live'> }): { ok: true; to: State } | Refusal => {
  if (!isInScope(actor)) return refuse(403, ERROR_CODES.editNotAllowed, 'Anda tidak berwenang mengubah laporan ini.')
  if (actor.role === 'writer' && report.live) {
    return refuse(403, ERROR_CODES.editNotAllowed, 'Laporan yang sudah terbit hanya dapat diubah oleh editor.')
  }
  const editable: State[] = actor.role === 'writer' ? ['draft', 'changes_requested'] : ['draft', 'in_review', 'changes_requested', 'published']
  if (!editable.includes(report.state)) {
    return refuse(409, ERROR_CODES.editWrongState, `Laporan berstatus "${report.state}" tidak dapat diubah saat ini.`)
  }
  return { ok: true, to: report.state === 'published' ? 'draft' : report.state }
}

/** May this actor create a report under a unit with this relation? */
export const mayCreate = (actor: Actor): boolean => isInScope(actor)

export const LAPSED_NOTE = 'Penyetuju jadwal tidak lagi berwenang atas laporan ini; laporan kembali menunggu review.'
export const PHOTOS_CHANGED_NOTE = 'Foto laporan diubah setelah dijadwalkan; laporan kembali menunggu review.'

/**
 * The clock's decision on a report: nothing when it is not a scheduled report whose time has come;
 * otherwise it goes live on its approver's authority, or goes back to review when that authority
 * lapsed, a photo changed since it was approved, or its content is no longer complete.
 */
export const decideDue = ({
  report,
  publishAt,
  scheduler,
  pending,
  now,
}: {
  report: ReportFacts
  publishAt: Date | null
  scheduler: Actor | null
  pending: { changeNote: string | null; minor: boolean; photos?: string | null }
  now: Date
}): Transition | null => {
  if (!isDue({ state: report.state, publishAt }, now)) return null
  const base = { ok: true as const, from: report.state, goOffline: false, publishAt: null, changeNote: null, minor: false }
  if (!scheduleStillAuthorised(scheduler, report)) return { ...base, action: 'schedule_lapsed', to: 'in_review', goLive: false, note: LAPSED_NOTE }
  // Scheduled before photos were fingerprinted (null): nothing to compare.
  if (pending.photos != null && pending.photos !== (report.photos ?? null)) {
    return { ...base, action: 'schedule_lapsed', to: 'in_review', goLive: false, note: PHOTOS_CHANGED_NOTE }
  }
  if (report.missing.length > 0) {
    return { ...base, action: 'publish_failed', to: 'in_review', goLive: false, note: `Gagal terbit terjadwal: belum lengkap (${report.missing.join(', ')}).` }
  }
  const correction = report.everPublished ? { changeNote: pending.minor ? null : pending.changeNote, minor: pending.minor } : {}
  return { ...base, action: 'scheduled_publish', to: 'published', goLive: true, note: null, ...correction }
}

/** A go-live that failed when it was written: the report goes back to review with the reason. */
export const publishFailed = (report: Pick<ReportFacts, 'state'>, reason: string): Transition => ({
  ok: true,
  action: 'publish_failed',
  from: report.state,
  to: 'in_review',
  goLive: false,
  goOffline: false,
  note: `Gagal terbit terjadwal: ${reason}`.slice(0, NOTE_MAX),
  publishAt: null,
  changeNote: null,
  minor: false,
})

/** The scheduled go-live, run by the job runner: still scheduled and due. */
export const isDue = (report: { state: State; publishAt: Date | null }, now: Date): boolean =>
  report.state === 'scheduled' && report.publishAt !== null && report.publishAt.getTime() <= now.getTime()

/**
 * A scheduled report goes live on its approver's authority, which must still hold at that moment: they
 * still edit the report's unit (or are an admin) and it has not become their own work since.
 */
export const scheduleStillAuthorised = (scheduler: Actor | null, report: Pick<ReportFacts, 'authorId' | 'submitterId' | 'contributorIds'>): boolean =>
  scheduler !== null &&
  isEditorInScope(scheduler) &&
  ![report.authorId, report.submitterId, ...report.contributorIds].some((id) => sameId(scheduler.id, id))
