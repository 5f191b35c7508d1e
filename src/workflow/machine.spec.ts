import { describe, expect, it } from 'vitest'

import {
  ACTIONS,
  type Action,
  type Actor,
  decide,
  decideDue,
  decideEdit,
  isDue,
  NOTE_MAX,
  publishFailed,
  scheduleStillAuthorised,
  RELATIONS,
  type Relation,
  type ReportFacts,
  type Role,
  type State,
  STATES,
} from './machine'

// The oracle, written from the table rather than from the implementation.
const ALL = RELATIONS
const WHO: Record<Action, Record<Role, readonly Relation[]>> = {
  submit: { writer: ['own'], editor: ['own', 'below'], admin: ALL },
  request_changes: { writer: [], editor: ['own', 'below'], admin: ALL },
  publish: { writer: [], editor: ['own', 'below'], admin: ALL },
  unschedule: { writer: [], editor: ['own', 'below'], admin: ALL },
  withdraw: { writer: [], editor: ['own', 'below'], admin: ALL },
  reopen: { writer: [], editor: [], admin: ALL },
}
const FROM: Record<Action, readonly State[]> = {
  submit: ['draft', 'changes_requested'],
  request_changes: ['in_review'],
  publish: ['in_review'],
  unschedule: ['scheduled'],
  withdraw: ['published'],
  reopen: ['withdrawn'],
}
const TO: Record<Action, State> = {
  submit: 'in_review',
  request_changes: 'changes_requested',
  publish: 'published',
  unschedule: 'in_review',
  withdraw: 'withdrawn',
  reopen: 'draft',
}
const ROLES: Role[] = ['writer', 'editor', 'admin']
const NOW = new Date('2026-11-23T03:00:00Z')

const facts = (state: State, extra: Partial<ReportFacts> = {}): ReportFacts => ({
  state,
  live: state === 'published',
  everPublished: state === 'published' || state === 'withdrawn',
  authorId: 'author',
  submitterId: state === 'in_review' || state === 'scheduled' ? 'submitter' : null,
  contributorIds: ['author'],
  missing: [],
  ...extra,
})
const actor = (role: Role, relation: Relation, id = 'actor'): Actor => ({ id, role, relation })
const fullInput = { note: 'Catatan', changeNote: 'Ralat: nama pejabat diperbaiki.' }

describe('decide: every state x action x role x unit relation', () => {
  for (const state of STATES) {
    for (const action of ACTIONS) {
      for (const role of ROLES) {
        for (const relation of RELATIONS) {
          const allowed = WHO[action][role].includes(relation)
          const applies = FROM[action].includes(state)
          const expected = !allowed ? '403 NOT_ALLOWED' : !applies ? '409 WRONG_STATE' : `200 -> ${TO[action]}`
          it(`${state} / ${action} / ${role} (report ${relation}): ${expected}`, () => {
            const decision = decide({ action, actor: actor(role, relation), report: facts(state), input: fullInput, now: NOW })
            if (!allowed) expect(decision).toMatchObject({ ok: false, status: 403, code: 'NOT_ALLOWED' })
            else if (!applies) expect(decision).toMatchObject({ ok: false, status: 409, code: 'WRONG_STATE' })
            else expect(decision).toMatchObject({ ok: true, from: state, to: TO[action] })
          })
        }
      }
    }
  }
})

describe('decide: four eyes', () => {
  const inReview = facts('in_review', { submitterId: 'submitter', authorId: 'author', contributorIds: ['author', 'fixer'] })

  it.each([
    ['author', 'editor'],
    ['submitter', 'editor'],
    ['fixer', 'editor'],
    ['author', 'admin'],
    ['submitter', 'admin'],
  ] as const)('should refuse publishing by the %s, even as %s', (id, role) => {
    expect(decide({ action: 'publish', actor: actor(role, 'own', id), report: inReview, now: NOW })).toMatchObject({
      ok: false,
      status: 403,
      code: 'OWN_WORK',
    })
  })

  it('should let another editor of the unit publish', () => {
    expect(decide({ action: 'publish', actor: actor('editor', 'below', 'other'), report: inReview, now: NOW })).toMatchObject({
      ok: true,
      to: 'published',
      goLive: true,
    })
  })

  it('should refuse a submitter requesting changes on their own submission', () => {
    expect(decide({ action: 'request_changes', actor: actor('editor', 'own', 'submitter'), report: inReview, input: { note: 'x' }, now: NOW })).toMatchObject({
      ok: false,
      code: 'OWN_WORK',
    })
  })

  it('should let the author submit from any unit, and nobody else outside the scope', () => {
    const draft = facts('draft')
    for (const relation of RELATIONS) {
      expect(decide({ action: 'submit', actor: actor('writer', relation, 'author'), report: draft, now: NOW }).ok).toBe(true)
    }
    expect(decide({ action: 'submit', actor: actor('writer', 'below', 'someone'), report: draft, now: NOW })).toMatchObject({ status: 403 })
  })
})

describe('decide: input', () => {
  const editor = actor('editor', 'own')

  it('should answer 400 UNKNOWN_ACTION before anything else', () => {
    for (const action of ['approve', '', 42, null, undefined, 'PUBLISH']) {
      expect(decide({ action, actor: actor('writer', 'sideways'), report: facts('draft'), now: NOW })).toMatchObject({ status: 400, code: 'UNKNOWN_ACTION' })
    }
  })

  it('should require a note to request changes and a reason to withdraw', () => {
    for (const note of [undefined, '', '   ']) {
      expect(decide({ action: 'request_changes', actor: editor, report: facts('in_review'), input: { note }, now: NOW })).toMatchObject({ status: 400, code: 'NOTE_REQUIRED' })
      expect(decide({ action: 'withdraw', actor: editor, report: facts('published'), input: { note }, now: NOW })).toMatchObject({ status: 400, code: 'NOTE_REQUIRED' })
    }
    expect(decide({ action: 'request_changes', actor: editor, report: facts('in_review'), input: { note: '  Perbaiki pangkat.  ' }, now: NOW })).toMatchObject({
      ok: true,
      note: 'Perbaiki pangkat.',
    })
  })

  it('should refuse wrong types and oversized text', () => {
    expect(decide({ action: 'submit', actor: editor, report: facts('draft'), input: { note: { $gt: '' } }, now: NOW })).toMatchObject({ status: 400, code: 'INVALID_INPUT' })
    expect(decide({ action: 'submit', actor: editor, report: facts('draft'), input: { note: 'x'.repeat(2001) }, now: NOW })).toMatchObject({ status: 400, code: 'INVALID_INPUT' })
    expect(decide({ action: 'publish', actor: editor, report: facts('in_review'), input: { minor: 'yes' }, now: NOW })).toMatchObject({ status: 400, code: 'INVALID_INPUT' })
  })

  it('should schedule with a future publishAt and refuse a past or malformed one', () => {
    const future = '2026-11-24T08:00:00+07:00'
    expect(decide({ action: 'publish', actor: editor, report: facts('in_review'), input: { publishAt: future }, now: NOW })).toMatchObject({
      ok: true,
      to: 'scheduled',
      goLive: false,
      publishAt: new Date('2026-11-24T01:00:00Z'),
    })
    expect(decide({ action: 'publish', actor: editor, report: facts('in_review'), input: { publishAt: '2026-11-23T09:59:00+07:00' }, now: NOW })).toMatchObject({
      status: 400,
      code: 'PUBLISH_AT_IN_PAST',
    })
    for (const publishAt of ['besok pagi', '2026-13-40', 1795500000000, '24/11/2026']) {
      expect(decide({ action: 'publish', actor: editor, report: facts('in_review'), input: { publishAt }, now: NOW })).toMatchObject({ status: 400, code: 'INVALID_INPUT' })
    }
    expect(decide({ action: 'submit', actor: editor, report: facts('draft'), input: { publishAt: future }, now: NOW })).toMatchObject({ status: 400, code: 'INVALID_INPUT' })
  })

  it('should refuse to submit or publish an incomplete report, naming the fields', () => {
    const incomplete = facts('draft', { missing: ['summary', 'body'] })
    expect(decide({ action: 'submit', actor: editor, report: incomplete, now: NOW })).toMatchObject({ status: 400, code: 'INCOMPLETE', fields: ['summary', 'body'] })
  })

  it('should hold a submit while a check before submit finds an error, listing it, and nothing else', () => {
    const check = { code: 'DAY_DATE_MISMATCH', message: '“Rabu (23/05/2017)”: tanggal itu hari Selasa.', field: 'body', excerpt: 'Rabu (23/05/2017)' }
    const blocked = facts('draft', { blockingChecks: [check] })
    expect(decide({ action: 'submit', actor: editor, report: blocked, now: NOW })).toMatchObject({ status: 400, code: 'CHECKS_FAILED', fields: ['body'], checks: [check] })
    expect(decide({ action: 'submit', actor: editor, report: facts('draft', { blockingChecks: [] }), now: NOW }).ok).toBe(true)
  })
})

describe('decide: corrections of published reports', () => {
  const editor = actor('editor', 'below', 'reviewer')
  const revision = facts('in_review', { live: true, everPublished: true })

  it('should require a change note unless the change is minor', () => {
    expect(decide({ action: 'publish', actor: editor, report: revision, now: NOW })).toMatchObject({ status: 400, code: 'CHANGE_NOTE_REQUIRED' })
    expect(decide({ action: 'publish', actor: editor, report: revision, input: { changeNote: 'Ralat: tanggal kegiatan 12/8, bukan 21/8.' }, now: NOW })).toMatchObject({
      ok: true,
      to: 'published',
      goLive: true,
      changeNote: 'Ralat: tanggal kegiatan 12/8, bukan 21/8.',
    })
    expect(decide({ action: 'publish', actor: editor, report: revision, input: { minor: true, changeNote: 'ignored' }, now: NOW })).toMatchObject({
      ok: true,
      minor: true,
      changeNote: null,
    })
  })

  it('should carry no change note on a first publication', () => {
    expect(decide({ action: 'publish', actor: editor, report: facts('in_review'), input: { changeNote: 'x' }, now: NOW })).toMatchObject({ ok: true, changeNote: null })
  })

  it('should let a live report with a pending revision be withdrawn in any revision state', () => {
    for (const state of ['draft', 'in_review', 'changes_requested', 'scheduled'] as const) {
      expect(decide({ action: 'withdraw', actor: editor, report: facts(state, { live: true, everPublished: true }), input: { note: 'Data keliru.' }, now: NOW })).toMatchObject({
        ok: true,
        to: 'withdrawn',
        goOffline: true,
      })
    }
  })
})

describe('decideEdit', () => {
  const EDITABLE: Record<Role, readonly State[]> = {
    writer: ['draft', 'changes_requested'],
    editor: ['draft', 'in_review', 'changes_requested', 'published'],
    admin: ['draft', 'in_review', 'changes_requested', 'published'],
  }
  const SCOPE: Record<Role, readonly Relation[]> = { writer: ['own'], editor: ['own', 'below'], admin: ALL }

  for (const state of STATES) {
    for (const role of ROLES) {
      for (const relation of RELATIONS) {
        for (const live of [false, true]) {
          const inScope = SCOPE[role].includes(relation)
          const writerOnLive = role === 'writer' && live
          const expected = !inScope || writerOnLive ? 403 : !EDITABLE[role].includes(state) ? 409 : 200
          it(`${state}${live ? ' (live)' : ''} / ${role} (report ${relation}): ${expected}`, () => {
            const decision = decideEdit({ actor: actor(role, relation), report: { state, live } })
            if (expected === 200) expect(decision).toEqual({ ok: true, to: state === 'published' ? 'draft' : state })
            else expect(decision).toMatchObject({ ok: false, status: expected })
          })
        }
      }
    }
  }
})

describe('isDue', () => {
  it('should be due only when scheduled and the time has come', () => {
    expect(isDue({ state: 'scheduled', publishAt: new Date(NOW.getTime() - 1) }, NOW)).toBe(true)
    expect(isDue({ state: 'scheduled', publishAt: NOW }, NOW)).toBe(true)
    expect(isDue({ state: 'scheduled', publishAt: new Date(NOW.getTime() + 1) }, NOW)).toBe(false)
    expect(isDue({ state: 'in_review', publishAt: new Date(NOW.getTime() - 1) }, NOW)).toBe(false)
    expect(isDue({ state: 'scheduled', publishAt: null }, NOW)).toBe(false)
  })
})

describe('scheduleStillAuthorised', () => {
  const report = { authorId: 'author', submitterId: 'submitter', contributorIds: ['author'] }

  it('should hold for an editor who still edits the unit and did not write the report', () => {
    expect(scheduleStillAuthorised(actor('editor', 'below', 'approver'), report)).toBe(true)
    expect(scheduleStillAuthorised(actor('admin', 'sideways', 'approver'), report)).toBe(true)
  })

  it('should lapse when the approver moved away, lost the role, is gone, or the work became theirs', () => {
    expect(scheduleStillAuthorised(actor('editor', 'sideways', 'approver'), report)).toBe(false)
    expect(scheduleStillAuthorised(actor('writer', 'own', 'approver'), report)).toBe(false)
    expect(scheduleStillAuthorised(null, report)).toBe(false)
    expect(scheduleStillAuthorised(actor('editor', 'own', 'approver'), { ...report, contributorIds: ['approver'] })).toBe(false)
  })
})

describe('decideDue', () => {
  const due = new Date(NOW.getTime() - 1)
  const scheduled = (extra: Partial<ReportFacts> = {}) => facts('scheduled', { everPublished: false, ...extra })
  const pending = { changeNote: null, minor: false }

  it('should do nothing for a report that is not scheduled or not due', () => {
    expect(decideDue({ report: scheduled(), publishAt: new Date(NOW.getTime() + 1), scheduler: actor('editor', 'own', 'approver'), pending, now: NOW })).toBeNull()
    expect(decideDue({ report: facts('in_review'), publishAt: due, scheduler: actor('editor', 'own', 'approver'), pending, now: NOW })).toBeNull()
  })

  it('should put a due report live on its approver authority, with the scheduled correction note', () => {
    expect(decideDue({ report: scheduled(), publishAt: due, scheduler: actor('editor', 'below', 'approver'), pending, now: NOW })).toMatchObject({ action: 'scheduled_publish', to: 'published', goLive: true })
    const correction = decideDue({ report: scheduled({ everPublished: true }), publishAt: due, scheduler: actor('editor', 'own', 'approver'), pending: { changeNote: 'Ralat: tanggal.', minor: false }, now: NOW })
    expect(correction).toMatchObject({ goLive: true, changeNote: 'Ralat: tanggal.', minor: false })
  })

  it('should send it back to review when the authority lapsed or content went missing, never live', () => {
    expect(decideDue({ report: scheduled(), publishAt: due, scheduler: actor('editor', 'sideways', 'approver'), pending, now: NOW })).toMatchObject({ action: 'schedule_lapsed', to: 'in_review', goLive: false })
    const incomplete = decideDue({ report: scheduled({ missing: ['summary'] }), publishAt: due, scheduler: actor('editor', 'own', 'approver'), pending, now: NOW })
    expect(incomplete).toMatchObject({ action: 'publish_failed', to: 'in_review', goLive: false })
    expect(incomplete?.note).toContain('summary')
  })

  it('should record a failed go-live back in review with its reason, cut to the note limit', () => {
    const failed = publishFailed(facts('scheduled'), 'x'.repeat(5000))
    expect(failed).toMatchObject({ action: 'publish_failed', from: 'scheduled', to: 'in_review', goLive: false, goOffline: false })
    expect(failed.note?.length).toBe(NOTE_MAX)
  })
})

describe('approval of a reviewed revision', () => {
  const input = { revision: 'r1' }
  it('should publish the revision the editor saw, and refuse another with 409 STALE_REVISION', () => {
    expect(decide({ action: 'publish', actor: actor('editor', 'own', 'approver'), report: facts('in_review', { revision: 'r1' }), input, now: NOW })).toMatchObject({ ok: true })
    expect(decide({ action: 'publish', actor: actor('editor', 'own', 'approver'), report: facts('in_review', { revision: 'r2' }), input, now: NOW })).toMatchObject({ ok: false, status: 409, code: 'STALE_REVISION' })
    expect(decide({ action: 'publish', actor: actor('editor', 'own', 'approver'), report: facts('in_review', { revision: 'r2' }), input: { revision: { $ne: 1 } }, now: NOW })).toMatchObject({ ok: false, status: 400, code: 'INVALID_INPUT' })
    expect(decide({ action: 'publish', actor: actor('editor', 'own', 'approver'), report: facts('in_review', { revision: 'r2' }), now: NOW })).toMatchObject({ ok: true })
  })
})
