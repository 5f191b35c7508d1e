import { decide, decideDue, decideEdit, isInScope, type Action, type Transition } from '@/workflow/machine'

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
  syncMain,
  type Content,
  type MReport,
  type MUser,
  type Model,
} from './state'
import { actorFor, chooseUser, expectAnswer, inScope, isAdminUser, pick, Step } from './step'
import type { Real } from './system'

type ID = number | string

export class CreateReport extends Step {
  constructor(readonly actor: number | string, readonly unit: number, readonly complete: boolean, readonly photo: number | null, readonly tag: number | null, readonly type: number) {
    super()
  }
  // A report is filed under an activity type: once an admin has deleted every one, there is nothing to create under.
  check = (m: Readonly<Model>) => activeUsers(m as Model).length > 0 && m.types.some((t) => !t.deleted)
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
      namedUsers: new Set([user.key]),
      deleted: false,
    })
  }
}

export const EDITS = ['title', 'summary', 'body', 'clearSummary', 'lead', 'gallery', 'bodyPhoto', 'tags', 'type'] as const

export class EditReport extends Step {
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
    report.namedUsers.add(user.key)
  }
}

export type ActionKind = Action | 'schedule'

export class TakeAction extends Step {
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
      if (actor) report.namedUsers.add(actor)
      syncMain(report)
      return
    case 'request_changes':
      report.state = 'changes_requested'
      syncMain(report)
      return
    case 'publish':
      if (t.goLive) return goLive(m, report, { at, changeNote: t.changeNote, approver: actor })
      report.state = 'scheduled'
      report.scheduler = actor
      if (actor) report.namedUsers.add(actor)
      report.publishAt = t.publishAt?.getTime() ?? null
      report.pendingChangeNote = t.changeNote
      report.pendingMinor = t.minor
      report.scheduledPhotos = photoFingerprint(m, report.working)
      syncMain(report)
      return
    case 'scheduled_publish':
      return goLive(m, report, { at, changeNote: t.changeNote, approver: actor })
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

export class TimePasses extends Step {
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

export class DeleteReport extends Step {
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
