import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import type { Media } from '@/payload-types'

import { mediaDir } from './mediaDir'
import { fileBaseOf, renditionsOf } from './renditionFiles'

const notFound = () => new Response('Tidak ditemukan', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } })

/**
 * A rendition file by name. Photos shown by a published report are public and cached for a year
 * (names are unique and never reused); other photos only go to staff allowed to read them, uncached;
 * everyone else gets the same 404 as for a file that does not exist.
 */
export const serveRendition = async (payload: Payload, filename: string, headers: Headers): Promise<Response> => {
  const base = fileBaseOf(filename)
  if (!base) return notFound()
  // Looked up as the system to learn whether the photo is public; private photos are then re-read
  // with the visitor's own access before anything is sent.
  const { docs } = await payload.find({ collection: COLLECTIONS.media, where: { fileBase: { equals: base } }, select: { public: true, renditions: true }, limit: 1, depth: 0, overrideAccess: true, pagination: false })
  const doc = docs[0] as Pick<Media, 'id' | 'public' | 'renditions'> | undefined
  const rendition = Object.values(renditionsOf(doc?.renditions)).find((r) => r?.filename === filename)
  if (!doc || !rendition) return notFound()

  let cacheControl = 'public, max-age=31536000, immutable'
  if (!doc.public) {
    const { user } = await payload.auth({ headers }).catch(() => ({ user: null }))
    if (!user) return notFound()
    const allowed = await payload.count({ collection: COLLECTIONS.media, where: { id: { equals: doc.id } }, overrideAccess: false, user })
    if (allowed.totalDocs === 0) return notFound()
    cacheControl = 'private, no-store'
  }

  const file = path.join(mediaDir(), rendition.filename)
  const info = await stat(file).catch(() => null)
  if (!info) return notFound()
  const etag = `"${rendition.filename}"`
  const common = { 'Cache-Control': cacheControl, ETag: etag, 'X-Content-Type-Options': 'nosniff', Vary: doc.public ? 'Accept-Encoding' : 'Cookie, Authorization' }
  if (headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: common })
  const stream = Readable.toWeb(createReadStream(file)) as ReadableStream
  return new Response(stream, { status: 200, headers: { ...common, 'Content-Type': rendition.mimeType, 'Content-Length': String(info.size) } })
}
