import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { idOf } from '@/access/unitTree'
import { COLLECTIONS } from '@/constants/collections'
import { mediaIdsOf, refreshMediaVisibility } from '@/media/visibility'
import type { Report } from '@/payload-types'

import { actorFor } from './actor'
import { goLiveValues } from './changes'
import { isDue, scheduleStillAuthorised } from './machine'
import { notify, recordEvent, recordNotice, writeReport } from './performAction'
import { userName } from './people'
import { announcePublicChange, queueFeedPings } from './publicChange'
import { publicVersion, reportFacts, taxonomyOf } from './reportFacts'

type ID = number | string

const LAPSED_NOTE = 'Penyetuju jadwal tidak lagi berwenang atas laporan ini; laporan kembali menunggu review.'

/** Puts one due report live on its approver's authority, or sends it back to review if that lapsed. */
const goLive = async (req: PayloadRequest, id: ID, now: Date): Promise<'published' | 'lapsed' | 'skipped'> => {
  const shouldCommit = await initTransaction(req)
  try {
    // The runner is the system: it reads the working copy whatever its state, then decides by the rules.
    const working = (await req.payload.findByID({ collection: COLLECTIONS.reports, id, draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })) as Report | null
    const publishAt = working?.publishAt ? new Date(working.publishAt) : null
    if (!working || !isDue({ state: working.state ?? 'draft', publishAt }, now)) {
      if (shouldCommit) await commitTransaction(req)
      return 'skipped'
    }
    const { live, slug: liveSlug, mediaIds: liveMedia, taxonomy: liveTaxonomy } = await publicVersion(req, id)
    const schedulerId = idOf(working.scheduledBy)
    const scheduler = schedulerId === null ? null : await req.payload.findByID({ collection: COLLECTIONS.users, id: schedulerId, depth: 0, overrideAccess: true, req, disableErrors: true })
    const actor = scheduler ? await actorFor(req, scheduler, working.unit) : null
    const schedulerName = await userName(req, schedulerId)
    const base = { req, working, from: 'scheduled' as const, now }

    if (!scheduleStillAuthorised(actor, reportFacts(working as never, live))) {
      await writeReport(req, id, { state: 'in_review', publishAt: null, scheduledBy: null, pendingChangeNote: null, pendingMinor: false }, { live, publicChange: false })
      await recordEvent({ ...base, action: 'schedule_lapsed', to: 'in_review', actorId: null, actorName: 'Sistem', note: LAPSED_NOTE })
      if (shouldCommit) await commitTransaction(req)
      return 'lapsed'
    }

    const changeNote = working.pendingMinor ? null : (working.pendingChangeNote ?? null)
    const values = goLiveValues({
      approverId: schedulerId,
      now,
      firstPublishedAt: working.publishedAt,
      writerName: await userName(req, idOf(working.author)),
      editorName: schedulerName,
      liveSlug,
      working: working as never,
    })
    const updated = (await writeReport(req, id, values, { live, publicChange: true })) as Report
    await refreshMediaVisibility(req, [...liveMedia, ...mediaIdsOf(updated)])
    await recordEvent({ ...base, action: 'scheduled_publish', to: 'published', actorId: schedulerId, actorName: schedulerName, changeNote, minor: Boolean(working.pendingMinor) })
    if (changeNote) await recordNotice(req, updated, 'correction', changeNote, now)
    await notify(req, { action: 'publish', to: 'published', note: null, publishAt: null }, updated, { id: schedulerId, name: schedulerName })
    await queueFeedPings(req, [liveTaxonomy, taxonomyOf(updated as never)])
    if (shouldCommit) await commitTransaction(req)
    await announcePublicChange(req, [liveSlug, updated.slug])
    return 'published'
  } catch (error) {
    if (shouldCommit) await killTransaction(req)
    throw error
  }
}

/** Every scheduled report whose time has come goes live (or lapses back to review). Run by the job runner. */
export const publishDueReports = async (req: PayloadRequest, now = new Date()): Promise<{ published: ID[]; lapsed: ID[] }> => {
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.reports,
    draft: true,
    where: { and: [{ state: { equals: 'scheduled' } }, { publishAt: { less_than_equal: now.toISOString() } }] },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
    select: { state: true },
  })
  const result = { published: [] as ID[], lapsed: [] as ID[] }
  for (const { id } of docs) {
    const outcome = await goLive(req, id, now)
    if (outcome === 'published') result.published.push(id)
    if (outcome === 'lapsed') result.lapsed.push(id)
  }
  return result
}
