import fc from 'fast-check'

import { PHOTO_CHANGES, ChangePhoto, DeletePhoto, UploadPhoto } from './photoCommands'
import { CreateTag, DELETABLE, DeleteRecord, RenameTag, RenameUnit } from './recordCommands'
import { CreateReport, DeleteReport, EDITS, EditReport, TakeAction, TimePasses, type ActionKind } from './reportCommands'
import { activeUsers, type Model } from './state'
import { Step, type Cmd } from './step'
import type { Real } from './system'

export { outcomes } from './step'

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
