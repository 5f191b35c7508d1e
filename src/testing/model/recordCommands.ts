import { activeReports, activeUsers, nextToken, type Model } from './state'
import { chooseUser, expectAnswer, isAdminUser, pick, Step } from './step'
import type { Real } from './system'

type ID = number | string

export class CreateTag extends Step {
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

export class RenameTag extends Step {
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

export class RenameUnit extends Step {
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

export const DELETABLE = ['user', 'unit', 'type'] as const

export class DeleteRecord extends Step {
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
      // The newsroom's records name them: a version of a report, or a photo they uploaded.
      if (reports.some((report) => report.namedUsers.has(target.key)) || m.photos.some((p) => !p.deleted && p.uploader === target.key)) {
        return expectAnswer('delete user on record', answer, [409], 'IN_USE')
      }
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
