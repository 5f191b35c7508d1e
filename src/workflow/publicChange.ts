import type { PayloadRequest } from 'payload'

import { type PublicChangeKind, revalidatePublic } from '@/cache/revalidate'
import { CACHE_TAGS, reportSlugTag } from '@/constants/cacheTags'
import { COLLECTIONS } from '@/constants/collections'
import { JOB_QUEUES, TASKS } from '@/constants/jobs'
import { affectedFeedPaths, type Taxonomy } from '@/feeds/affectedFeeds'
import { absoluteUrl } from '@/utilities/siteUrl'

/**
 * After a report went live, changed publicly or went offline: expire its page under the slug the public
 * knew and the one it has now (and those of other reports whose photos changed), every list, and the
 * corrections register. Runs after the commit (see afterCommit), so the next reader can only ever read
 * the new state. `kind` is 'additive' only for a change that removes or alters nothing public (see
 * publicChangeKind).
 */
export const announcePublicChange = async (req: PayloadRequest, slugs: (string | null | undefined)[], extraTags: string[] = [], kind: PublicChangeKind = 'hard'): Promise<void> => {
  if (req.context.disableRevalidate) return
  const pages = [...new Set(slugs.filter((slug): slug is string => Boolean(slug)))].map(reportSlugTag)
  await revalidatePublic(req.payload, [CACHE_TAGS.reports, CACHE_TAGS.corrections, ...extraTags, ...pages], kind)
}

/**
 * A transition's public change is additive when a report that was not public goes live and nothing
 * else public changes with it (no other report's photos, no taxonomy): a page made before it shows
 * nothing that is no longer public, only lacks the new report. Anything else is hard: a withdrawal, a
 * revision of a public report, a deletion.
 */
export const publicChangeKind = (change: { goLive: boolean; wasPublic: boolean; otherPages: number; tags: number }): PublicChangeKind =>
  change.goLive && !change.wasPublic && change.otherPages === 0 && change.tags === 0 ? 'additive' : 'hard'

const slugged = async (req: PayloadRequest, collection: 'units' | 'activity-types' | 'tags') => {
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: collection === COLLECTIONS.units ? { slug: true, parent: true } : { slug: true },
  })
  return docs as unknown as { id: number | string; slug?: string | null; parent?: unknown }[]
}

/**
 * When a WebSub hub is configured (WEBSUB_HUB_URL), queues one ping job naming every feed the report
 * was in before the change and is in after it. Queued in the same transaction as the change (an
 * outbox): a crash after the commit still pings, and a hub that is down only delays the job's retries,
 * never the publication.
 */
export const queueFeedPings = async (req: PayloadRequest, versions: (Taxonomy | null)[]): Promise<string[]> => {
  if (!process.env.WEBSUB_HUB_URL) return []
  const filed = versions.filter((v): v is Taxonomy => v !== null)
  const units = await slugged(req, COLLECTIONS.units)
  const activityTypes = await slugged(req, COLLECTIONS.activityTypes)
  const tags = await slugged(req, COLLECTIONS.tags)
  const withSlug = <T extends { slug?: string | null }>(docs: T[]) => docs.filter((d): d is T & { slug: string } => Boolean(d.slug))
  const urls = affectedFeedPaths(filed, {
    units: withSlug(units).map((u) => ({ id: u.id, slug: u.slug, parent: (u.parent as number | string | null | undefined) ?? null })),
    activityTypes: withSlug(activityTypes),
    tags: withSlug(tags),
  }).map(absoluteUrl)
  await req.payload.jobs.queue({ task: TASKS.pingWebSub, input: { urls }, queue: JOB_QUEUES.feeds, req })
  return urls
}
