import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { idOf } from '@/access/unitTree'
import { CACHE_TAGS } from '@/constants/cacheTags'
import { COLLECTIONS } from '@/constants/collections'
import { afterCommit } from '@/db/afterCommit'
import type { Report, User } from '@/payload-types'

import { actorFor } from './actor'
import { transitionValues } from './changes'
import { decide, decideDue, publishFailed, type ActionInput, type Transition } from './machine'
import { userName } from './people'
import { announcePublicChange, publicChangeKind, queueFeedPings } from './publicChange'
import { updatePublicSide } from './publicSide'
import { notify, recordEvent, recordNotice } from './records'
import { blockingChecksOf, loadFacts, publishedVersion, taxonomyOf } from './reportFacts'
import { writeTransition } from './writeTransition'
import { reportNotFound, unauthenticated, WorkflowError } from './WorkflowError'

type ID = number | string

/** Who moves the report: a signed-in user taking an action, the clock, or the record of a failed go-live. */
export type Trigger = { by: 'user'; action: unknown; input: ActionInput } | { by: 'clock' } | { by: 'failure'; reason: string }

export type Outcome = { transition: Transition; working: Report; live: boolean; eventId: ID }

type Decided = { transition: Transition; actor: { id: ID | null; name: string }; photos: string | null }

const SYSTEM = { id: null, name: 'Sistem' }

/** The decision, pure, once the facts are read: the user's action, or what the clock does with a due report. */
const decideFor = async (req: PayloadRequest, trigger: Trigger, working: Report, live: boolean, now: Date): Promise<Decided | null> => {
  const facts = await loadFacts(req, working as never, live)
  if (trigger.by === 'failure') return { transition: publishFailed(facts, trigger.reason), actor: SYSTEM, photos: facts.photos ?? null }
  if (trigger.by === 'clock') {
    const schedulerId = idOf(working.scheduledBy)
    const scheduler = schedulerId === null ? null : await req.payload.findByID({ collection: COLLECTIONS.users, id: schedulerId, depth: 0, overrideAccess: true, req, disableErrors: true })
    const actor = scheduler ? await actorFor(req, scheduler, working.unit) : null
    const publishAt = working.publishAt ? new Date(working.publishAt) : null
    const pending = { changeNote: working.pendingChangeNote ?? null, minor: Boolean(working.pendingMinor), photos: working.scheduledPhotos ?? null }
    const transition = decideDue({ report: facts, publishAt, scheduler: actor, pending, now })
    if (!transition) return null
    // A go-live happens on the approver's authority and in their name; anything else is the system's.
    return { transition, actor: transition.goLive ? { id: schedulerId, name: await userName(req, schedulerId) } : SYSTEM, photos: facts.photos ?? null }
  }
  const user = req.user as User
  const actor = await actorFor(req, user, working.unit)
  if (!actor) throw new WorkflowError({ status: 403, code: 'NOT_ALLOWED', message: 'Akun Anda tidak memiliki peran.' })
  const report = trigger.action === 'submit' ? { ...facts, blockingChecks: blockingChecksOf(working as never) } : facts
  const decision = decide({ action: trigger.action, actor, report, input: trigger.input, now })
  if (!decision.ok) throw new WorkflowError(decision)
  return { transition: decision, actor: { id: user.id, name: await userName(req, user.id) }, photos: facts.photos ?? null }
}

/**
 * The one pipeline every transition runs, whoever triggers it: read the working copy and the public
 * version, decide (src/workflow/machine.ts), write the new public version from the approved revision,
 * update what else the public sees (photos, tags), record the event and any public notice, queue the
 * notifications and feed pings, all in one transaction; expire the public caches after the commit.
 * Returns null when the clock finds nothing to do; throws a WorkflowError when a user may not act.
 */
export const runTransition = async ({ req, id, trigger, now = new Date() }: { req: PayloadRequest; id: ID; trigger: Trigger; now?: Date }): Promise<Outcome | null> => {
  const byUser = trigger.by === 'user'
  if (byUser && (!req.user || req.user.collection !== COLLECTIONS.users)) throw unauthenticated()
  const shouldCommit = await initTransaction(req)
  try {
    // A user gets the report as they may see it; the system reads it whatever its state.
    const working = (await req.payload
      .findByID({ collection: COLLECTIONS.reports, id, draft: true, depth: 0, overrideAccess: !byUser, req, disableErrors: true })
      .catch(() => null)) as Report | null
    if (!working && byUser) throw reportNotFound()
    const published = working ? await publishedVersion(req, id) : null
    const decided = working ? await decideFor(req, trigger, working, published !== null, now) : null
    if (!working || !decided) {
      if (shouldCommit) await commitTransaction(req)
      return null
    }
    const { transition, actor, photos } = decided
    const values = transitionValues(transition, {
      actorId: actor.id,
      now,
      working: working as never,
      writerName: await userName(req, idOf(working.author)),
      editorName: actor.name,
      liveSlug: published?.slug ?? null,
      photos,
    })
    const updated = await writeTransition(req, id, { transition, values, working, published })
    const publicChange = transition.goLive || transition.goOffline
    const expire = publicChange ? await updatePublicSide(req, { before: published, after: transition.goLive ? updated : null, now }) : { pages: [], tags: [] }

    const event = await recordEvent({
      req,
      report: working,
      action: transition.action,
      from: transition.from,
      to: transition.to,
      actorId: actor.id,
      actorName: actor.name,
      now,
      note: transition.note,
      publishAt: transition.publishAt,
      changeNote: transition.changeNote,
      minor: transition.minor,
    })
    if (transition.goLive && transition.changeNote) await recordNotice(req, updated, 'correction', transition.changeNote, now)
    if (transition.goOffline && published && transition.note) await recordNotice(req, published, 'withdrawal', transition.note, now)
    await notify(req, transition, updated, actor)
    if (publicChange) {
      await queueFeedPings(req, [published ? taxonomyOf(published as never) : null, transition.goLive ? taxonomyOf(updated as never) : null])
      const slugs = [published?.slug, transition.goLive ? updated.slug : null, ...expire.pages]
      // A report that was public changed or went: the related lists on other pages may show it.
      const related = published ? [CACHE_TAGS.related] : []
      const kind = publicChangeKind({ goLive: transition.goLive, wasPublic: published !== null, otherPages: expire.pages.length, tags: expire.tags.length })
      await afterCommit(req, () => announcePublicChange(req, slugs, [...expire.tags, ...related], kind))
    }
    if (shouldCommit) await commitTransaction(req)
    return { transition, working: updated, live: transition.goLive || (published !== null && !transition.goOffline), eventId: event.id }
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}
