import { renditionPath, renditionsOf, type StoredRenditions } from './renditionFiles'

/**
 * A photo as an editor approved it, when a report showing it last went live: what the public sees of
 * the photo, whatever has been changed in its record since. Pure.
 */
export type ApprovedPhoto = {
  alt: string
  caption: string | null
  credit: string | null
  filename: string | null
  mimeType: string | null
  width: number | null
  height: number | null
  focalX: number | null
  focalY: number | null
  renditions: StoredRenditions
  at: string
}

/** A rendition that left the approved set: kept (and served while the photo is public) for a day. */
export type RetiredFile = { filename: string; at: string }

/** Caches of pages and feeds that still name a replaced rendition expire well within this. */
export const RETIRED_GRACE_MS = 24 * 3600_000

type PhotoRecord = Record<string, unknown>

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/** The public fields of a photo's record as it is now: what approving it makes public. */
export const approvedSnapshot = (doc: PhotoRecord, at: Date): ApprovedPhoto => ({
  alt: text(doc.alt) ?? '',
  caption: text(doc.caption),
  credit: text(doc.credit),
  filename: text(doc.filename),
  mimeType: text(doc.mimeType),
  width: num(doc.width),
  height: num(doc.height),
  focalX: num(doc.focalX),
  focalY: num(doc.focalY),
  renditions: renditionsOf(doc.renditions),
  at: at.toISOString(),
})

export const approvedOf = (value: unknown): ApprovedPhoto | null =>
  value && typeof value === 'object' && 'renditions' in value ? (value as ApprovedPhoto) : null

export const retiredOf = (value: unknown): RetiredFile[] =>
  Array.isArray(value) ? value.filter((r): r is RetiredFile => Boolean(r) && typeof r.filename === 'string' && typeof r.at === 'string') : []

/** Does approving the record now change what the public sees of it? */
export const differsFromApproved = (doc: PhotoRecord): boolean => {
  const approved = approvedOf(doc.approved)
  if (!approved) return true
  const { at: _at, ...now } = approvedSnapshot(doc, new Date(0))
  const { at: _then, ...then } = approved
  return JSON.stringify(now) !== JSON.stringify({ ...then, renditions: renditionsOf(then.renditions) })
}

const fileNames = (renditions: StoredRenditions): string[] => Object.values(renditions).flatMap((r) => (r?.filename ? [r.filename] : []))

/** The approved renditions of a record, by file name. */
export const approvedFiles = (doc: PhotoRecord): Set<string> => new Set(fileNames(approvedOf(doc.approved)?.renditions ?? {}))

/**
 * Every file a record still needs: its working original and renditions, its approved renditions and
 * its retired ones. (An approved original that was replaced is gone: the public never gets originals.)
 */
export const filesOfRecord = (doc: PhotoRecord): Set<string> =>
  new Set([
    ...(text(doc.filename) ? [doc.filename as string] : []),
    ...fileNames(renditionsOf(doc.renditions)),
    ...fileNames(approvedOf(doc.approved)?.renditions ?? {}),
    ...retiredOf(doc.retired).map((r) => r.filename),
  ])

/**
 * May an anonymous reader get this file of a photo? Only while the photo is public (a live report
 * shows it), and only its approved renditions or one retired less than a day ago. Never the original.
 */
export const servedToPublic = (doc: PhotoRecord, filename: string, now: Date): boolean => {
  if (doc.public !== true) return false
  if (approvedFiles(doc).has(filename)) return true
  return retiredOf(doc.retired).some((r) => r.filename === filename && now.getTime() - Date.parse(r.at) < RETIRED_GRACE_MS)
}

/** The approved renditions the approval of `next` takes out of the public set, retired as of `at`. */
export const retiredAfter = (previous: ApprovedPhoto | null, next: ApprovedPhoto, retired: RetiredFile[], at: Date): { keep: RetiredFile[]; expired: string[] } => {
  const live = new Set(fileNames(next.renditions))
  const leaving = fileNames(previous?.renditions ?? {}).filter((name) => !live.has(name))
  const all = [...retired.filter((r) => !live.has(r.filename)), ...leaving.map((filename) => ({ filename, at: at.toISOString() }))]
  const fresh = (r: RetiredFile) => at.getTime() - Date.parse(r.at) < RETIRED_GRACE_MS
  return { keep: all.filter(fresh), expired: all.filter((r) => !fresh(r)).map((r) => r.filename) }
}

/** The largest approved proportional rendition: the file a public reader is pointed at. */
const largest = (renditions: StoredRenditions) => renditions.wide ?? renditions.article ?? renditions.small ?? null

/**
 * The record an anonymous reader gets: the approved copy only, pointed at its largest public
 * rendition (originals are for staff). Keys the read did not select stay out. Null before approval.
 */
export const publicPhoto = (doc: PhotoRecord): PhotoRecord => {
  const approved = approvedOf(doc.approved)
  if (!approved) return { id: doc.id }
  const file = largest(approved.renditions)
  const view: PhotoRecord = {
    id: doc.id,
    alt: approved.alt,
    caption: approved.caption,
    credit: approved.credit,
    renditions: approved.renditions,
    url: file ? renditionPath(file.filename) : null,
    thumbnailURL: approved.renditions.thumbnail ? renditionPath(approved.renditions.thumbnail.filename) : null,
    filename: file?.filename ?? null,
    mimeType: file?.mimeType ?? null,
    filesize: file?.filesize ?? null,
    width: file?.width ?? null,
    height: file?.height ?? null,
    focalX: approved.focalX,
    focalY: approved.focalY,
    unit: doc.unit,
    public: doc.public,
    createdAt: doc.createdAt,
    updatedAt: approved.at,
  }
  return Object.fromEntries(Object.entries(view).filter(([key]) => key === 'id' || key in doc))
}
