import type { State, Transition } from './machine'

type ID = number | string

/** The report fields only the workflow writes. Every other path keeps them as they were. */
export const WORKFLOW_FIELDS = [
  'state',
  'submittedBy',
  'submittedAt',
  'reviewNote',
  'publishAt',
  'scheduledBy',
  'pendingChangeNote',
  'pendingMinor',
  'scheduledPhotos',
  'publishedBy',
  'publishedAt',
  'revisedAt',
  'previousSlugs',
  'contributors',
  'withdrawnAt',
  'withdrawalReason',
  'credits',
] as const
export type WorkflowField = (typeof WORKFLOW_FIELDS)[number]
export type WorkflowValues = Partial<Record<WorkflowField, unknown>> & { _status?: 'draft' | 'published' }

/** A new report: a draft nobody has submitted, with its creator as its first contributor. */
export const initialWorkflowValues = (creatorId: ID | null): WorkflowValues => ({
  state: 'draft',
  submittedBy: null,
  submittedAt: null,
  reviewNote: null,
  publishAt: null,
  scheduledBy: null,
  pendingChangeNote: null,
  pendingMinor: false,
  scheduledPhotos: null,
  publishedBy: null,
  publishedAt: null,
  revisedAt: null,
  previousSlugs: [],
  contributors: creatorId === null ? [] : [creatorId],
  withdrawnAt: null,
  withdrawalReason: null,
  credits: { writerName: null, editorName: null },
})

/** The workflow fields of an existing working copy, exactly as stored. */
export const currentWorkflowValues = (doc: Record<string, unknown>): WorkflowValues =>
  Object.fromEntries(WORKFLOW_FIELDS.map((field) => [field, doc[field] ?? (field === 'contributors' || field === 'previousSlugs' ? [] : null)]))

const clearedSchedule = { publishAt: null, scheduledBy: null, pendingChangeNote: null, pendingMinor: false, scheduledPhotos: null }

type GoLive = {
  approverId: ID | null
  now: Date
  firstPublishedAt: unknown
  writerName: string | null
  editorName: string | null
  /** The slug the public knew until now, and the working copy's slugs (current and earlier). */
  liveSlug?: string | null
  working?: { slug?: unknown; previousSlugs?: unknown }
}

/** Earlier public slugs keep redirecting: the one going away joins them, the one coming back leaves. */
export const previousSlugsAfter = (liveSlug: string | null | undefined, working: GoLive['working']): string[] => {
  const earlier = Array.isArray(working?.previousSlugs) ? working.previousSlugs.filter((s): s is string => typeof s === 'string') : []
  const next = typeof working?.slug === 'string' ? working.slug : null
  const all = liveSlug && liveSlug !== next ? [...earlier, liveSlug] : earlier
  return [...new Set(all)].filter((slug) => slug !== next)
}

/** The fields of a report going public: first publication kept, last public change now. */
export const goLiveValues = ({ approverId, now, firstPublishedAt, writerName, editorName, liveSlug, working }: GoLive): WorkflowValues => ({
  _status: 'published',
  state: 'published' satisfies State,
  publishedBy: approverId,
  publishedAt: firstPublishedAt || now.toISOString(),
  revisedAt: now.toISOString(),
  previousSlugs: previousSlugsAfter(liveSlug, working),
  contributors: [],
  reviewNote: null,
  credits: { writerName, editorName },
  ...clearedSchedule,
})

/** What a transition writes, besides `_status` for transitions that do not change what the public sees. */
export const transitionValues = (
  transition: Transition,
  {
    actorId,
    now,
    working,
    writerName,
    editorName,
    liveSlug,
    photos = null,
  }: {
    actorId: ID | null
    now: Date
    working: Record<string, unknown>
    writerName: string | null
    editorName: string | null
    liveSlug?: string | null
    /** The fingerprint of the working copy's photos as approved now (see photosFingerprint). */
    photos?: string | null
  },
): WorkflowValues => {
  const at = now.toISOString()
  switch (transition.action) {
    case 'submit':
      return { state: transition.to, submittedBy: actorId, submittedAt: at, reviewNote: null }
    case 'request_changes':
      return { state: transition.to, reviewNote: transition.note }
    case 'publish':
      if (!transition.goLive) {
        return {
          state: transition.to,
          publishAt: transition.publishAt?.toISOString() ?? null,
          scheduledBy: actorId,
          pendingChangeNote: transition.changeNote,
          pendingMinor: transition.minor,
          // The photos are approved as they are now: a change before the go-live lapses the schedule.
          scheduledPhotos: photos,
        }
      }
      return goLiveValues({ approverId: actorId, now, firstPublishedAt: working.publishedAt, writerName, editorName, liveSlug, working })
    case 'unschedule':
      return { state: transition.to, ...clearedSchedule }
    case 'withdraw':
      return { _status: 'draft', state: transition.to, withdrawnAt: at, withdrawalReason: transition.note, ...clearedSchedule }
    case 'reopen':
      return { state: transition.to, withdrawnAt: null, withdrawalReason: null, submittedBy: null, submittedAt: null }
    case 'scheduled_publish':
      return goLiveValues({ approverId: actorId, now, firstPublishedAt: working.publishedAt, writerName, editorName, liveSlug, working })
    case 'schedule_lapsed':
    case 'publish_failed':
      return { state: transition.to, ...clearedSchedule }
  }
}
