import type { ReportFacts, Role, State } from '@/workflow/machine'
import { RETIRED_GRACE_MS } from '@/media/approved'
import { REQUIRED_CONTENT } from '@/workflow/content'

import { tokenAt, tokensIn } from './tokens'

// The model of the approval rule: what the newsroom has written, and what an editor approved. It
// knows nothing of Payload: only who may do what (src/workflow/machine.ts is the specification it
// asks) and what each action makes public.

type ID = number | string

export type MUser = { key: string; id: ID; role: Role; unit: string; deleted: boolean }
export type MUnit = { key: string; id: ID; name: string; slug: string; parent: string | null; deleted: boolean }
export type MType = { key: string; id: ID; name: string; deleted: boolean }
export type MTag = { key: number; id: ID; name: string; slug: string }

export type PhotoCopy = { alt: string; caption: string; credit: string; files: string[] }
export type MPhoto = {
  key: number
  id: ID
  uploader: string
  unit: string
  /** The working original (never public). */
  filename: string
  /** Every rendition file the photo ever had. */
  knownFiles: Set<string>
  working: PhotoCopy
  approved: PhotoCopy | null
  retired: { filename: string; at: number }[]
  contributors: Set<string>
  deleted: boolean
}

export type Content = {
  title: string
  summary: string | null
  bodyText: string | null
  lead: number | null
  gallery: number[]
  bodyPhotos: number[]
  tags: number[]
  activityType: string
}

export type Live = { content: Content; slug: string; previousSlugs: string[] }

export type MReport = {
  key: number
  id: ID
  unit: string
  author: string
  working: Content
  /** The working copy's slug, as the system gave it. */
  slug: string
  /** What the report's main document holds: the public version while live, else the last workflow write. */
  main: Content
  state: State
  live: Live | null
  everPublished: boolean
  /** The stored earlier slugs (kept on the working copy between publications). */
  previousSlugs: string[]
  submitter: string | null
  contributors: Set<string>
  scheduler: string | null
  publishAt: number | null
  pendingChangeNote: string | null
  pendingMinor: boolean
  scheduledPhotos: string | null
  /** Everyone a version of the report names (author, submitter, scheduler, approver, contributors). */
  namedUsers: Set<string>
  deleted: boolean
}

export type Notice = { report: number; kind: 'correction' | 'withdrawal'; title: string; slug: string; note: string }

export type Model = {
  users: MUser[]
  units: MUnit[]
  types: MType[]
  tags: MTag[]
  photos: MPhoto[]
  reports: MReport[]
  notices: Notice[]
  /** How far the job runner's clock is ahead of the real one. */
  clockOffsetMs: number
  nextToken: number
  /** Every token the model wrote. */
  written: Set<string>
}

export const nextToken = (m: Model): string => {
  const token = tokenAt(m.nextToken++)
  m.written.add(token)
  return token
}

export const clockNow = (m: Model): number => Date.now() + m.clockOffsetMs

export const activeUsers = (m: Model): MUser[] => m.users.filter((u) => !u.deleted)
export const activeReports = (m: Model): MReport[] => m.reports.filter((r) => !r.deleted)
export const activePhotos = (m: Model): MPhoto[] => m.photos.filter((p) => !p.deleted)
export const liveReports = (m: Model): (MReport & { live: Live })[] => activeReports(m).filter((r): r is MReport & { live: Live } => r.live !== null)

export const photosOf = (content: Content): number[] => [...new Set([...(content.lead !== null ? [content.lead] : []), ...content.gallery, ...content.bodyPhotos])]

/** Photos a live version shows: public, as last approved. */
export const publicPhotoKeys = (m: Model): Set<number> => new Set(liveReports(m).flatMap((r) => photosOf(r.live.content)))
/** Tags a live version carries. */
export const publicTagKeys = (m: Model): Set<number> => new Set(liveReports(m).flatMap((r) => r.live.content.tags))

/** The unit tree as the state machine's relation helper reads it. */
export const unitTree = (m: Model) => m.units.map((u) => ({ id: u.key, parent: u.parent }))

/** Required content still empty, as src/workflow/content.ts names it. */
export const missingOf = (content: Content): string[] =>
  REQUIRED_CONTENT.filter((field) => (field === 'summary' && !content.summary) || (field === 'body' && !content.bodyText))

/** A fingerprint of the photos a version shows, as they are now (what an approval or a schedule covers). */
export const photoFingerprint = (m: Model, content: Content): string =>
  JSON.stringify(photosOf(content).map((key) => [key, m.photos[key]?.working]))

/** What the state machine knows of a report, from the model. */
export const factsOf = (m: Model, report: MReport): ReportFacts => ({
  state: report.state,
  live: report.live !== null,
  everPublished: report.everPublished,
  authorId: report.author,
  submitterId: report.submitter,
  contributorIds: [...report.contributors, ...photosOf(report.working).flatMap((key) => [...(m.photos[key]?.contributors ?? [])])],
  missing: missingOf(report.working),
  revision: 'current',
})

/** The approval of a version: its photos become public as they are now; replaced renditions are retired. */
export const approvePhotos = (m: Model, content: Content, at: number): void => {
  for (const key of photosOf(content)) {
    const photo = m.photos[key]
    if (!photo) continue
    const next = { ...photo.working, files: [...photo.working.files] }
    const leaving = (photo.approved?.files ?? []).filter((f) => !next.files.includes(f)).map((filename) => ({ filename, at }))
    photo.retired = [...photo.retired.filter((r) => !next.files.includes(r.filename)), ...leaving].filter((r) => at - r.at < RETIRED_GRACE_MS)
    photo.approved = next
    photo.contributors = new Set()
  }
}

/** A version goes live: the working copy becomes the public one, under its slug. */
export const goLive = (m: Model, report: MReport, { at, changeNote, approver }: { at: number; changeNote: string | null; approver: string | null }): void => {
  if (approver) report.namedUsers.add(approver)
  const liveSlug = report.live?.slug ?? null
  const previous = [...new Set([...report.previousSlugs, ...(liveSlug && liveSlug !== report.slug ? [liveSlug] : [])])].filter((s) => s !== report.slug)
  const content = structuredClone(report.working)
  approvePhotos(m, content, at)
  report.live = { content, slug: report.slug, previousSlugs: previous }
  report.previousSlugs = previous
  report.main = structuredClone(content)
  report.state = 'published'
  report.everPublished = true
  report.contributors = new Set()
  clearSchedule(report)
  if (changeNote) m.notices.push({ report: report.key, kind: 'correction', title: content.title, slug: report.slug, note: changeNote })
}

export const clearSchedule = (report: MReport): void => {
  report.scheduler = null
  report.publishAt = null
  report.pendingChangeNote = null
  report.pendingMinor = false
  report.scheduledPhotos = null
}

/** A non-public transition's write: a report that is not live keeps its main document with its working copy. */
export const syncMain = (report: MReport): void => {
  if (!report.live) report.main = structuredClone(report.working)
}

/** Is this file of this photo served to an anonymous reader at `now`? null when too close to the grace's end to say. */
export const fileIsPublic = (m: Model, photo: MPhoto, filename: string, now: number): boolean | null => {
  if (photo.deleted || !publicPhotoKeys(m).has(photo.key)) return false
  if (photo.approved?.files.includes(filename)) return true
  const retired = photo.retired.find((r) => r.filename === filename)
  if (!retired) return false
  const age = now - retired.at
  if (Math.abs(age - RETIRED_GRACE_MS) < 5 * 60_000) return null
  return age < RETIRED_GRACE_MS
}

/** Every token an anonymous reader may see now. */
export const publicTokens = (m: Model): Set<string> => {
  const texts: string[] = []
  const tags = publicTagKeys(m)
  for (const report of liveReports(m)) {
    const { content, slug, previousSlugs } = report.live
    texts.push(content.title, content.summary ?? '', content.bodyText ?? '', slug, ...previousSlugs)
  }
  for (const key of publicPhotoKeys(m)) {
    const approved = m.photos[key]?.approved
    if (approved) texts.push(approved.alt, approved.caption, approved.credit, ...approved.files)
  }
  for (const key of tags) texts.push(m.tags[key]?.name ?? '', m.tags[key]?.slug ?? '')
  for (const notice of m.notices) texts.push(notice.title, notice.slug, notice.note)
  for (const unit of m.units) if (!unit.deleted) texts.push(unit.name, unit.slug)
  return new Set(texts.flatMap(tokensIn))
}

export type { ID }
