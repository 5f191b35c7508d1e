import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isClientOperation } from '@/access/readCeilings'
import { maxUploadBytes } from '@/media/limits'

/** The largest JSON a write may send: a long report with its body is well under 300 KB. */
export const MAX_JSON_BYTES = 1024 * 1024

type BodyRefusal = { status: 413 | 415; code: 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE'; message: string }

const TOO_LARGE: BodyRefusal = { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Isi permintaan terlalu besar.' }
const UNSUPPORTED: BodyRefusal = { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Kirim isi permintaan sebagai JSON (application/json) atau formulir multipart.' }

/**
 * What is wrong with a write's body as its headers describe it, before it is read, or null. Pure.
 * JSON and multipart forms (uploads, and the admin's own saves) are accepted; JSON up to 1 MiB,
 * multipart up to the upload limit plus its fields. A query sent as a form, the way the admin asks
 * for long lists (`POST` with `X-Payload-HTTP-Method-Override: GET`), is a read and is accepted too.
 */
export const bodyProblem = ({ contentType, contentLength, methodOverride = null }: { contentType: string | null; contentLength: string | null; methodOverride?: string | null }): BodyRefusal | null => {
  const length = contentLength === null ? null : Number(contentLength)
  if (length === 0) return null
  const type = (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase()
  const tooLarge = (limit: number) => (length !== null && length > limit ? TOO_LARGE : null)
  if (type === 'application/x-www-form-urlencoded' && methodOverride?.toUpperCase() === 'GET') return tooLarge(MAX_JSON_BYTES)
  if (type === 'application/json') return tooLarge(MAX_JSON_BYTES)
  if (type === 'multipart/form-data') return tooLarge(maxUploadBytes() + MAX_JSON_BYTES)
  return UNSUPPORTED
}


/**
 * Creates and updates over REST and GraphQL carry their data as a JSON object (or multipart fields):
 * any other body reaches Payload as no data at all, which it answered with 500. 415 for that, and
 * 413 for data over 1 MiB, with nothing written. (The production server refuses both from the
 * headers alone, before reading the body; see src/http/guardRequest.ts.)
 */
export const requireJsonBody: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !isClientOperation(req, overrideAccess)) return args
  const { data } = args as { data?: unknown }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new APIError(UNSUPPORTED.message, UNSUPPORTED.status, { code: UNSUPPORTED.code }, true)
  if (Buffer.byteLength(JSON.stringify(data)) > MAX_JSON_BYTES) throw new APIError(TOO_LARGE.message, TOO_LARGE.status, { code: TOO_LARGE.code }, true)
  return args
}
