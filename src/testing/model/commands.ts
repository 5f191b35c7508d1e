import fc from 'fast-check'
import sharp from 'sharp'

import { decide, decideDue, decideEdit, isInScope, type Action, type Actor, type Transition } from '@/workflow/machine'
import { relationOf } from '@/workflow/relation'

import { bodyOf, reportDataOf } from './content'
import {
  activePhotos,
  activeReports,
  activeUsers,
  clearSchedule,
  clockNow,
  factsOf,
  goLive,
  nextToken,
  photoFingerprint,
  photosOf,
  syncMain,
  unitTree,
  type Content,
  type MPhoto,
  type MReport,
  type MUser,
  type Model,
} from './state'
import type { Answer, Real } from './system'

type Cmd = fc.AsyncCommand<Model, Real>

/** How often each outcome came up in this process (the model test prints it, MODEL_VERBOSE=1). */
export const outcomes = new Map<string, number>()
type ID = number | string

const pick = <T>(list: T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length])

const codeOf = (body: unknown): string | undefined => (body as { errors?: { data?: { code?: string } }[] })?.errors?.[0]?.data?.code

/** Throws, with the answer, unless it has one of the expected statuses (and code, when given). */
const expectAnswer = (what: string, answer: Answer, statuses: number[], code?: string) => {
  outcomes.set(what, (outcomes.get(what) ?? 0) + 1)
  if (!statuses.includes(answer.status) || (code !== undefined && codeOf(answer.body) !== code)) {
    throw new Error(`${what}: expected ${statuses.join('/')}${code ? ` ${code}` : ''}, got ${answer.status} ${JSON.stringify(answer.body).slice(0, 400)}`)
  }
}

const actorFor = (m: Model, user: MUser, unit: string): Actor => ({ id: user.key, role: user.role, relation: relationOf(unitTree(m), user.unit, unit) })

/**
 * The acting user: three times in four one for whom the command can make sense (`fits`), else anyone,
 * so that both what is allowed and what must be refused come up often.
 */
const chooseUser = (m: Model, n: number | string, fits: (user: MUser) => boolean): MUser => {
  if (typeof n === 'string') return activeUsers(m).find((u) => u.key === n)!
  const fitting = activeUsers(m).filter(fits)
  return (n % 4 !== 0 && fitting.length > 0 ? pick(fitting, Math.floor(n / 4)) : pick(activeUsers(m), n))!
}
const isAdminUser = (user: MUser) => user.role === 'admin'

/** Where `user` may write: the unit's reports (the REST update access and the workflow's read). */
const inScope = (m: Model, user: MUser, unit: string) => isInScope(actorFor(m, user, unit))

const files = (renditions: unknown): string[] =>
  Object.values((renditions ?? {}) as Record<string, { filename?: string } | undefined>).flatMap((r) => (r?.filename ? [r.filename] : []))

const smallPhoto = (seed: number) =>
  sharp({ create: { width: 360 + (seed % 5) * 40, height: 270, channels: 3, background: { r: (seed * 37) % 256, g: 90, b: 140 } } })
    .jpeg({ quality: 80 })
    .toBuffer()

/** One command: its action through the API, its effect on the model, then every public surface checked. */
abstract class Step implements Cmd {
  abstract check(m: Readonly<Model>): boolean
  abstract act(m: Model, r: Real): Promise<void>
  abstract toString(): string
  async run(m: Model, r: Real): Promise<void> {
    r.log.push(this.toString())
    await this.act(m, r)
    await r.verify(m)
  }
}

// ---------------------------------------------------------------------------------------- reports

class CreateReport extends Step {
  constructor(readonly actor: number | string, readonly unit: number, readonly complete: boolean, readonly photo: number | null, readonly tag: number | null, readonly type: number) {
    super()
  }
  check = (m: Readonly<Model>) => activeUsers(m as Model).length > 0
  toString = () => `CreateReport(actor ${this.actor}, unit ${this.unit}, complete ${this.complete}, photo ${this.photo}, tag ${this.tag})`
  async act(m: Model, r: Real) {
    const unit = pick(m.units.filter((u) => !u.deleted), this.unit)!
    const user = chooseUser(m, this.actor, (u) => inScope(m, u, unit.key))
    const types = m.types.filter((t) => !t.deleted)
    const content: Content = {
      title: `Rakor Pengamanan ${nextToken(m)}`,
      summary: this.complete ? `Ringkasan kegiatan ${nextToken(m)}.` : null,
      bodyText: this.complete ? `Isi laporan ${nextToken(m)}.` : null,
      lead: this.photo === null ? null : (pick(activePhotos(m), this.photo)?.key ?? null),
      gallery: [],
      bodyPhotos: [],
      tags: this.tag === null || m.tags.length === 0 ? [] : [pick(m.tags, this.tag)!.key],
      activityType: pick(types, this.type)!.key,
    }
    const answer = await r.client.post<{ doc: { id: ID; slug: string } }>('/reports', { token: r.tokens[user.key], body: reportDataOf(m, content, unit.id) })
    if (!inScope(m, user, unit.key)) return expectAnswer('create out of scope', answer, [403])
    expectAnswer('create', answer, [201])
    const doc = answer.body.doc
    m.reports.push({
      key: m.reports.length,
      id: doc.id,
      unit: unit.key,
      author: user.key,
      working: content,
      slug: doc.slug,
      main: structuredClone(content),
      state: 'draft',
      live: null,
      everPublished: false,
      previousSlugs: [],
      submitter: null,
      contributors: new Set([user.key]),
      scheduler: null,
      publishAt: null,
      pendingChangeNote: null,
      pendingMinor: false,
      scheduledPhotos: null,
      deleted: false,
    })
  }
}

const EDITS = ['title', 'summary', 'body', 'clearSummary', 'lead', 'gallery', 'bodyPhoto', 'tags', 'type'] as const

class EditReport extends Step {
  constructor(readonly actor: number, readonly report: number, readonly kind: (typeof EDITS)[number], readonly choice: number) {
    super()
  }
  check = (m: Readonly<Model>) => activeReports(m as Model).length > 0
  toString = () => `EditReport(actor ${this.actor}, report ${this.report}, ${this.kind} ${this.choice})`
  async act(m: Model, r: Real) {
    const report = pick(activeReports(m), this.report)!
    const user = chooseUser(m, this.actor, (u) => decideEdit({ actor: actorFor(m, u, report.unit), report: { state: report.state, live: report.live !== null } }).ok)
    const next: Content = structuredClone(report.working)
    const photo = pick(activePhotos(m), this.choice)?.key
    const data: Record<string, unknown> = {}
    switch (this.kind) {
      case 'title':
        next.title = `Rakor Lanjutan ${nextToken(m)}`
        data.title = next.title
        break
      case 'summary':
        next.summary = `Ringkasan baru ${nextToken(m)}.`
        data.summary = next.summary
        break
      case 'clearSummary':
        next.summary = null
        data.summary = null
        break
      case 'body':
        next.bodyText = `Isi baru ${nextToken(m)}.`
        data.body = bodyOf(m, next)
        break
      case 'lead':
        next.lead = this.choice % 3 === 0 || photo === undefined ? null : photo
        data.leadPhoto = next.lead === null ? null : m.photos[next.lead]?.id
        break
      case 'gallery':
        next.gallery = this.choice % 3 === 0 || photo === undefined ? [] : [...new Set([...next.gallery, photo])]
        data.gallery = next.gallery.map((key) => m.photos[key]?.id)
        break
      case 'bodyPhoto':
        next.bodyPhotos = this.choice % 3 === 0 || photo === undefined ? [] : [...new Set([...next.bodyPhotos, photo])]
        data.body = bodyOf(m, next)
        break
      case 'tags':
        next.tags = this.choice % 3 === 0 || m.tags.length === 0 ? [] : [pick(m.tags, this.choice)!.key]
        data.tags = next.tags.map((key) => m.tags[key]?.id)
        break
      case 'type': {
        const type = pick(m.types.filter((t) => !t.deleted), this.choice)!
        next.activityType = type.key
        data.activityType = type.id
        break
      }
    }
    const answer = await r.client.patch<{ doc: { slug: string } }>(`/reports/${report.id}?draft=true`, { token: r.tokens[user.key], body: data })
    const actor = actorFor(m, user, report.unit)
    if (!isInScope(actor)) return expectAnswer('edit out of scope', answer, [403, 404])
    const decision = decideEdit({ actor, report: { state: report.state, live: report.live !== null } })
    if (!decision.ok) return expectAnswer('edit refused', answer, [decision.status], decision.code)
    expectAnswer('edit', answer, [200])
    report.working = next
    report.slug = answer.body.doc.slug
    report.state = decision.to
    report.contributors.add(user.key)
  }
}

type ActionKind = Action | 'schedule'

class TakeAction extends Step {
  constructor(
    readonly actor: number | string,
    readonly report: number,
    readonly action: ActionKind,
    readonly withNote: boolean,
    readonly minor: boolean,
    readonly stale: boolean,
    readonly minutes: number,
    readonly fit = false,
  ) {
    super()
  }
  check = (m: Readonly<Model>) => activeReports(m as Model).length > 0
  toString = () => `TakeAction(actor ${this.actor}, report ${this.report}, ${this.fit ? 'fitting' : this.action}, note ${this.withNote}, minor ${this.minor}, stale ${this.stale}, ${this.minutes} min)`
  async act(m: Model, r: Real) {
    const report = pick(activeReports(m), this.report)!
    const kind = this.fit ? fittingAction(report, this.minutes) : this.action
    const action: Action = kind === 'schedule' ? 'publish' : kind
    const mayTake = (u: MUser) => {
      const decision = decide({ action, actor: actorFor(m, u, report.unit), report: factsOf(m, report), input: { note: 'x', changeNote: 'x' }, now: new Date() })
      return decision.ok || decision.status !== 403
    }
    const user = chooseUser(m, this.actor, (u) => inScope(m, u, report.unit) && mayTake(u))
    const note = this.withNote ? `Catatan ${nextToken(m)}` : undefined
    const publishAt = kind === 'schedule' ? new Date(Date.now() + this.minutes * 60_000).toISOString() : undefined
    const input = {
      ...(note ? { note } : {}),
      ...(publishAt ? { publishAt } : {}),
      ...(action === 'publish' && report.everPublished ? (this.minor ? { minor: true } : this.withNote ? { changeNote: `Ralat: ${nextToken(m)}` } : {}) : {}),
      ...(this.stale ? { revision: 'revisi-lama' } : {}),
    }
    const answer = await r.client.post(`/reports/${report.id}/workflow`, { token: r.tokens[user.key], body: { action, ...input } })
    const actor = actorFor(m, user, report.unit)
    // Out of scope, the report is readable only while live (its public version): the action is then refused.
    if (!isInScope(actor)) {
      if (report.live === null) return expectAnswer(`${action} unreadable`, answer, [404], 'NOT_FOUND')
      return expectAnswer(`${action} out of scope`, answer, [403], 'NOT_ALLOWED')
    }
    const facts = factsOf(m, report)
    const decision = decide({ action, actor, report: facts, input: { ...input, revision: this.stale ? 'revisi-lama' : undefined }, now: new Date() })
    if (!decision.ok) return expectAnswer(`${action} refused`, answer, [decision.status], decision.code)
    expectAnswer(action, answer, [200])
    applyTransition(m, report, decision, user.key, Date.now())
  }
}

/** An action that applies to the report's state (which one, when several do, chosen by `n`). */
const fittingAction = (report: MReport, n: number): ActionKind => {
  const choices: ActionKind[] =
    report.state === 'draft' || report.state === 'changes_requested'
      ? ['submit', ...(report.live ? (['withdraw'] as const) : [])]
      : report.state === 'in_review'
        ? ['publish', 'publish', 'schedule', 'request_changes']
        : report.state === 'scheduled'
          ? ['unschedule', ...(report.live ? (['withdraw'] as const) : [])]
          : report.state === 'published'
            ? ['withdraw']
            : ['reopen']
  return choices[n % choices.length]!
}

/** What a transition does to the model. */
const applyTransition = (m: Model, report: MReport, t: Transition, actor: string | null, at: number) => {
  switch (t.action) {
    case 'submit':
      report.state = 'in_review'
      report.submitter = actor
      syncMain(report)
      return
    case 'request_changes':
      report.state = 'changes_requested'
      syncMain(report)
      return
    case 'publish':
      if (t.goLive) return goLive(m, report, { at, changeNote: t.changeNote })
      report.state = 'scheduled'
      report.scheduler = actor
      report.publishAt = t.publishAt?.getTime() ?? null
      report.pendingChangeNote = t.changeNote
      report.pendingMinor = t.minor
      report.scheduledPhotos = photoFingerprint(m, report.working)
      syncMain(report)
      return
    case 'scheduled_publish':
      return goLive(m, report, { at, changeNote: t.changeNote })
    case 'unschedule':
    case 'schedule_lapsed':
    case 'publish_failed':
      report.state = 'in_review'
      clearSchedule(report)
      syncMain(report)
      return
    case 'withdraw': {
      const live = report.live!
      m.notices.push({ report: report.key, kind: 'withdrawal', title: live.content.title, slug: live.slug, note: t.note ?? '' })
      report.main = structuredClone(live.content)
      report.live = null
      report.state = 'withdrawn'
      clearSchedule(report)
      return
    }
    case 'reopen':
      report.state = 'draft'
      report.submitter = null
      syncMain(report)
      return
  }
}

class TimePasses extends Step {
  constructor(readonly hours: number) {
    super()
  }
  check = () => true
  toString = () => `TimePasses(${this.hours} h)`
  async act(m: Model, r: Real) {
    if (!r.runDue) return
    m.clockOffsetMs += this.hours * 3600_000
    const now = clockNow(m)
    await r.runDue(new Date(now))
    const due = activeReports(m)
      .filter((report) => report.state === 'scheduled' && report.publishAt !== null && report.publishAt <= now)
      .sort((a, b) => (a.publishAt ?? 0) - (b.publishAt ?? 0))
    for (const report of due) {
      const scheduler = m.users.find((u) => u.key === report.scheduler && !u.deleted) ?? null
      const facts = { ...factsOf(m, report), photos: photoFingerprint(m, report.working) }
      const pending = { changeNote: report.pendingChangeNote, minor: report.pendingMinor, photos: report.scheduledPhotos }
      const decision = decideDue({ report: facts, publishAt: new Date(report.publishAt!), scheduler: scheduler ? actorFor(m, scheduler, report.unit) : null, pending, now: new Date(now) })
      if (decision) applyTransition(m, report, decision, scheduler?.key ?? null, now)
    }
  }
}

class DeleteReport extends Step {
  constructor(readonly actor: number, readonly report: number) {
    super()
  }
  check = (m: Readonly<Model>) => activeReports(m as Model).length > 0
  toString = () => `DeleteReport(actor ${this.actor}, report ${this.report})`
  async act(m: Model, r: Real) {
    const report = pick(activeReports(m), this.report)!
    const user = chooseUser(m, this.actor, isAdminUser)
    const answer = await r.client.delete(`/reports/${report.id}`, { token: r.tokens[user.key] })
    if (user.role !== 'admin') return expectAnswer('delete report', answer, [403, 404])
    expectAnswer('delete report', answer, [200])
    report.deleted = true
    report.live = null
    m.notices = m.notices.filter((n) => n.report !== report.key)
  }
}

// ----------------------------------------------------------------------------------------- photos

/** updateMedia: admins; the photo's unit in the user's scope; the uploader. */
const mayEditPhoto = (m: Model, user: MUser, photo: MPhoto) => user.role === 'admin' || photo.uploader === user.key || (photo.unit !== '' && inScope(m, user, photo.unit))

class UploadPhoto extends Step {
  constructor(readonly actor: number) {
    super()
  }
  check = (m: Readonly<Model>) => activeUsers(m as Model).length > 0
  toString = () => `UploadPhoto(actor ${this.actor})`
  async act(m: Model, r: Real) {
    const user = pick(activeUsers(m), this.actor)!
    const working = { alt: `Alt ${nextToken(m)}`, caption: `Keterangan ${nextToken(m)}`, credit: `Foto: Humas ${nextToken(m)}` }
    const answer = await r.client.upload<{ doc: { id: ID; filename: string; renditions: unknown } }>('/media', {
      file: await smallPhoto(m.photos.length),
      filename: 'foto-kegiatan.jpg',
      type: 'image/jpeg',
      fields: { alt: working.alt, caption: working.caption, credit: working.credit },
      token: r.tokens[user.key],
    })
    expectAnswer('upload', answer, [201])
    const { doc } = answer.body
    const names = files(doc.renditions)
    m.photos.push({
      key: m.photos.length,
      id: doc.id,
      uploader: user.key,
      unit: user.unit,
      filename: doc.filename,
      knownFiles: new Set(names),
      working: { ...working, files: names },
      approved: null,
      retired: [],
      contributors: new Set([user.key]),
      deleted: false,
    })
  }
}

const PHOTO_CHANGES = ['caption', 'alt', 'credit', 'file', 'focal'] as const

class ChangePhoto extends Step {
  constructor(readonly actor: number, readonly photo: number, readonly change: (typeof PHOTO_CHANGES)[number], readonly focal: number) {
    super()
  }
  check = (m: Readonly<Model>) => activePhotos(m as Model).length > 0
  toString = () => `ChangePhoto(actor ${this.actor}, photo ${this.photo}, ${this.change} ${this.focal})`
  async act(m: Model, r: Real) {
    const photo = pick(activePhotos(m), this.photo)!
    const user = chooseUser(m, this.actor, (u) => mayEditPhoto(m, u, photo))
    const token = r.tokens[user.key]
    const value =
      this.change === 'caption' ? `Keterangan baru ${nextToken(m)}` : this.change === 'alt' ? `Alt baru ${nextToken(m)}` : this.change === 'credit' ? `Foto: ${nextToken(m)}` : ''
    const answer =
      this.change === 'file'
        ? await r.client.upload<{ doc: { renditions: unknown; filename: string } }>(`/media/${photo.id}`, { file: await smallPhoto(m.nextToken), filename: 'foto-pengganti.jpg', type: 'image/jpeg', token, method: 'PATCH' })
        : this.change === 'focal'
          ? await r.client.patch<{ doc: { renditions: unknown; filename: string } }>(`/media/${photo.id}`, { token, body: { focalX: this.focal, focalY: 100 - this.focal } })
          : await r.client.patch<{ doc: { renditions: unknown; filename: string } }>(`/media/${photo.id}`, { token, body: { [this.change]: value } })
    if (!mayEditPhoto(m, user, photo)) return expectAnswer('photo change refused', answer, [403, 404])
    expectAnswer(`photo ${this.change}`, answer, [200])
    const names = files(answer.body.doc.renditions)
    const changed = this.change === 'file' || this.change === 'focal' ? names.join() !== photo.working.files.join() : true
    if (this.change === 'caption' || this.change === 'alt' || this.change === 'credit') photo.working[this.change] = value
    photo.working.files = names
    photo.filename = answer.body.doc.filename
    names.forEach((name) => photo.knownFiles.add(name))
    if (changed) photo.contributors.add(user.key)
  }
}

class DeletePhoto extends Step {
  constructor(readonly actor: number, readonly photo: number) {
    super()
  }
  check = (m: Readonly<Model>) => activePhotos(m as Model).length > 0
  toString = () => `DeletePhoto(actor ${this.actor}, photo ${this.photo})`
  async act(m: Model, r: Real) {
    const photo = pick(activePhotos(m), this.photo)!
    const user = chooseUser(m, this.actor, isAdminUser)
    const answer = await r.client.delete(`/media/${photo.id}`, { token: r.tokens[user.key] })
    if (user.role !== 'admin') return expectAnswer('delete photo', answer, [403, 404])
    const used = activeReports(m).some((report) => [report.working, report.main].some((content) => photosOf(content).includes(photo.key)))
    if (used) return expectAnswer('delete photo in use', answer, [409], 'IN_USE')
    expectAnswer('delete photo', answer, [200])
    photo.deleted = true
  }
}

// ------------------------------------------------------------------------------------- taxonomy

class CreateTag extends Step {
  constructor(readonly actor: number) {
    super()
  }
  check = (m: Readonly<Model>) => activeUsers(m as Model).length > 0
  toString = () => `CreateTag(actor ${this.actor})`
  async act(m: Model, r: Real) {
    const user = pick(activeUsers(m), this.actor)!
    const name = `Tag ${nextToken(m)}`
    const answer = await r.client.post<{ doc: { id: ID; slug: string } }>('/tags', { token: r.tokens[user.key], body: { name } })
    expectAnswer('create tag', answer, [201])
    m.tags.push({ key: m.tags.length, id: answer.body.doc.id, name, slug: answer.body.doc.slug })
  }
}

class RenameTag extends Step {
  constructor(readonly actor: number, readonly tag: number) {
    super()
  }
  check = (m: Readonly<Model>) => m.tags.length > 0
  toString = () => `RenameTag(actor ${this.actor}, tag ${this.tag})`
  async act(m: Model, r: Real) {
    const user = chooseUser(m, this.actor, isAdminUser)
    const tag = pick(m.tags, this.tag)!
    const name = `Tag ${nextToken(m)}`
    const answer = await r.client.patch<{ doc: { slug: string } }>(`/tags/${tag.id}`, { token: r.tokens[user.key], body: { name } })
    if (user.role !== 'admin') return expectAnswer('rename tag', answer, [403])
    expectAnswer('rename tag', answer, [200])
    tag.name = name
    tag.slug = answer.body.doc.slug
  }
}

class RenameUnit extends Step {
  constructor(readonly actor: number, readonly unit: number) {
    super()
  }
  check = () => true
  toString = () => `RenameUnit(actor ${this.actor}, unit ${this.unit})`
  async act(m: Model, r: Real) {
    const user = chooseUser(m, this.actor, isAdminUser)
    const unit = pick(m.units.filter((u) => !u.deleted), this.unit)!
    const name = `Polres ${nextToken(m)}`
    const answer = await r.client.patch<{ doc: { slug: string } }>(`/units/${unit.id}`, { token: r.tokens[user.key], body: { name } })
    if (user.role !== 'admin') return expectAnswer('rename unit', answer, [403])
    expectAnswer('rename unit', answer, [200])
    unit.name = name
    unit.slug = answer.body.doc.slug
  }
}

const DELETABLE = ['user', 'unit', 'type'] as const

class DeleteRecord extends Step {
  constructor(readonly actor: number, readonly kind: (typeof DELETABLE)[number], readonly target: number) {
    super()
  }
  check = () => true
  toString = () => `DeleteRecord(actor ${this.actor}, ${this.kind} ${this.target})`
  async act(m: Model, r: Real) {
    const user = chooseUser(m, this.actor, isAdminUser)
    const token = r.tokens[user.key]
    const reports = activeReports(m)
    if (this.kind === 'user') {
      const target = pick(activeUsers(m).filter((u) => u.role !== 'admin'), this.target)
      if (!target) return
      const answer = await r.client.delete(`/users/${target.id}`, { token })
      if (user.role !== 'admin') return expectAnswer('delete user', answer, [403])
      if (reports.some((report) => report.author === target.key)) return expectAnswer('delete author', answer, [409], 'IN_USE')
      expectAnswer('delete user', answer, [200])
      target.deleted = true
      // The database drops the user from every list and nulls every reference to them.
      for (const report of reports) {
        report.contributors.delete(target.key)
        if (report.submitter === target.key) report.submitter = null
        if (report.scheduler === target.key) report.scheduler = null
      }
      for (const photo of m.photos) {
        photo.contributors.delete(target.key)
        if (photo.uploader === target.key) photo.uploader = ''
      }
      return
    }
    if (this.kind === 'unit') {
      const target = pick(m.units.filter((u) => !u.deleted), this.target)!
      const answer = await r.client.delete(`/units/${target.id}`, { token })
      if (user.role !== 'admin') return expectAnswer('delete unit', answer, [403])
      const used = reports.some((report) => report.unit === target.key) || activeUsers(m).some((u) => u.unit === target.key) || m.units.some((u) => !u.deleted && u.parent === target.key)
      if (used) return expectAnswer('delete unit in use', answer, [409], 'IN_USE')
      expectAnswer('delete unit', answer, [200])
      target.deleted = true
      for (const photo of m.photos) if (photo.unit === target.key) photo.unit = ''
      return
    }
    const target = pick(m.types.filter((t) => !t.deleted), this.target)!
    const answer = await r.client.delete(`/activity-types/${target.id}`, { token })
    if (user.role !== 'admin') return expectAnswer('delete activity type', answer, [403])
    if (reports.some((report) => report.working.activityType === target.key || report.main.activityType === target.key)) return expectAnswer('delete type in use', answer, [409], 'IN_USE')
    expectAnswer('delete activity type', answer, [200])
    target.deleted = true
  }
}

/**
 * Where every sequence starts: one live report with a photo (written by a writer of Polrestabes
 * Palembang, approved by the Polda's editor) and one complete draft, so that the commands have something to
 * act on from the first one.
 */
export class Baseline extends Step {
  constructor(readonly who: { writer: string; editor: string; unit: string } = { writer: 'writerA', editor: 'editorA', unit: 'polresA' }) {
    super()
  }
  check = () => true
  toString = () => 'Baseline()'
  async act(m: Model, r: Real) {
    const { writer, editor } = this.who
    const unit = m.units.filter((u) => !u.deleted).findIndex((u) => u.key === this.who.unit)
    const first = m.reports.length
    await new UploadPhoto(activeUsers(m).findIndex((u) => u.key === writer)).act(m, r)
    await new CreateReport(writer, unit, true, m.photos.length - 1, null, 0).act(m, r)
    await new TakeAction(writer, first, 'submit', false, false, false, 0).act(m, r)
    await new TakeAction(editor, first, 'publish', false, false, false, 0).act(m, r)
    await new CreateReport(writer, unit, true, null, null, 1).act(m, r)
  }
}

// ----------------------------------------------------------------------------------------- mix

const who = fc.nat(40)
const which = fc.nat(40)

/**
 * Every command the model knows, weighted towards the workflow: writing, editing and the editors'
 * actions come up most; deletions, renames and the clock now and then. `shared: true` for a run
 * against a server that other tests use too (the production server of the browser tests): its job
 * runner keeps real time (schedules are set hours ahead and the clock is not moved), and the
 * newsroom's own units, accounts and activity types are neither renamed nor deleted.
 */
export const modelCommands = ({ shared = false }: { shared?: boolean } = {}): fc.Arbitrary<Cmd>[] => {
  const actions: ActionKind[] = ['submit', 'submit', 'request_changes', 'publish', 'publish', 'publish', 'schedule', 'unschedule', 'withdraw', 'reopen']
  const mostly = fc.nat(3).map((n) => n > 0)
  const create = fc.tuple(who, which, mostly, fc.option(which), fc.option(which), which).map(([a, u, c, p, t, ty]) => new CreateReport(a, u, c, p, t, ty))
  const kinds: (typeof EDITS)[number][] = ['title', 'title', 'title', 'summary', 'summary', 'body', 'clearSummary', 'lead', 'lead', 'gallery', 'bodyPhoto', 'bodyPhoto', 'tags', 'tags', 'type']
  const edit = fc.tuple(who, which, fc.constantFrom(...kinds), which).map(([a, r, k, c]) => new EditReport(a, r, k, c))
  const act = fc
    .tuple(who, which, fc.constantFrom(...actions), fc.nat(4).map((n) => n > 0), fc.boolean(), fc.integer({ min: 0, max: 9 }).map((n) => n === 0), fc.integer({ min: shared ? 180 : 2, max: 600 }), mostly)
    .map(([a, r, action, note, minor, stale, minutes, fit]) => new TakeAction(a, r, action, note, minor, stale, minutes, fit))
  return [
    create,
    create,
    edit,
    edit,
    edit,
    edit,
    act,
    act,
    act,
    act,
    act,
    act,
    act,
    act,
    who.map((a) => new UploadPhoto(a)),
    fc.tuple(who, which, fc.constantFrom(...PHOTO_CHANGES), fc.integer({ min: 0, max: 100 })).map(([a, p, c, f]) => new ChangePhoto(a, p, c, f)),
    fc.tuple(who, which).map(([a, p]) => new DeletePhoto(a, p)),
    who.map((a) => new CreateTag(a)),
    fc.tuple(who, which).map(([a, t]) => new RenameTag(a, t)),
    fc.tuple(who, which).map(([a, r]) => new DeleteReport(a, r)),
    ...(shared
      ? []
      : [
          fc.tuple(who, which).map(([a, u]) => new RenameUnit(a, u)),
          fc.tuple(who, fc.constantFrom(...DELETABLE), which).map(([a, k, t]) => new DeleteRecord(a, k, t)),
          fc.integer({ min: 1, max: 30 }).map((h) => new TimePasses(h)),
        ]),
  ]
}
