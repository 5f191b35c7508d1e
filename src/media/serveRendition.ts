import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants/collections'

import { approvedOf, retiredOf, servedToPublic } from './approved'
import { mediaDir } from './mediaDir'
import { mimeTypeOfFile, renditionsOf } from './renditionFiles'

const notFound = () => new Response('Tidak ditemukan', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } })

/** Is `filename` one of the record's renditions (working, approved or retired), not its original? */
const isRendition = (doc: Record<string, unknown>, filename: string): boolean =>
  [...Object.values(renditionsOf(doc.renditions)), ...Object.values(approvedOf(doc.approved)?.renditions ?? {})].some((r) => r?.filename === filename) ||
  retiredOf(doc.retired).some((r) => r.filename === filename)

/**
 * A rendition file by name. Anonymous readers get only the renditions of a photo a live report shows,
 * as an editor approved it (or replaced less than a day ago, for caches that still name it), cached
 * for an hour; staff allowed to read the photo also get its
 * working copy's renditions, uncached; everyone else the same 404 as for a file that does not exist.
 */
export const serveRendition = async (payload: Payload, filename: string, headers: Headers, now = new Date()): Promise<Response> => {
  const mimeType = mimeTypeOfFile(filename)
  if (!mimeType) return notFound()
  // Looked up as the system to learn whether the file is public; otherwise the photo is re-read with
  // the visitor's own access before anything is sent.
  const { docs } = await payload.find({
    collection: COLLECTIONS.media,
    where: { files: { equals: filename } },
    select: { public: true, renditions: true, approved: true, retired: true },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const doc = docs[0] as unknown as (Record<string, unknown> & { id: number | string }) | undefined
  if (!doc || !isRendition(doc, filename)) return notFound()

  const isPublic = servedToPublic(doc, filename, now)
  if (!isPublic) {
    const { user } = await payload.auth({ headers }).catch(() => ({ user: null }))
    if (!user) return notFound()
    const allowed = await payload.count({ collection: COLLECTIONS.media, where: { id: { equals: doc.id } }, overrideAccess: false, user })
    if (allowed.totalDocs === 0) return notFound()
  }

  const file = path.join(mediaDir(), filename)
  const info = await stat(file).catch(() => null)
  if (!info) return notFound()
  const etag = `"${filename}"`
  const common = {
    // An hour, not a year: names never change, but a withdrawn photo must leave browsers' caches too.
    'Cache-Control': isPublic ? 'public, max-age=3600' : 'private, no-store',
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
    Vary: isPublic ? 'Accept-Encoding' : 'Cookie, Authorization',
  }
  if (headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: common })
  const stream = Readable.toWeb(createReadStream(file)) as ReadableStream
  return new Response(stream, { status: 200, headers: { ...common, 'Content-Type': mimeType, 'Content-Length': String(info.size) } })
}
