import type { RefusalCode } from './refusal'

/** Payload's own bookkeeping: nothing outside the server reads or writes these over REST. */
const SERVER_ONLY = ['payload-jobs', 'payload-migrations', 'payload-kv']
/** The admin app reads and writes its signed-in user's preferences and document locks over REST. */
const ADMIN_APP = ['payload-preferences', 'payload-locked-documents']
/** Every internal collection's GraphQL names start with these (PayloadLockedDocuments, createPayloadJob ...). */
const GRAPHQL_NAMES = /payload(?:lockeddocument|preference|job|migration|kv)/i
/** A document id (SQL integer, MongoDB ObjectId, UUID): never a preference key, which is a name. */
const DOCUMENT_ID = /^(?:\d+|[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i

export type InternalAccess = { refuse: RefusalCode } | { needsRole: 'staff' } | null

/**
 * What the proxy does with a REST path (after /api/): null for any other collection; refuse
 * server-only collections for everyone, the admin app's ones for anonymous callers and a preference
 * asked for by document id (another user's; Payload looks preferences up by key, for their owner);
 * document locks only for editors and admins (Payload lets any signed-in user read, take or delete
 * anyone's lock).
 */
export const internalCollectionAccess = (restPath: string, signedIn: boolean): InternalAccess => {
  const [collection = '', key] = restPath.split('/')
  if (SERVER_ONLY.includes(collection)) return { refuse: 'INTERNAL_COLLECTION' }
  if (!ADMIN_APP.includes(collection)) return null
  if (!signedIn) return { refuse: 'UNAUTHENTICATED' }
  if (collection === 'payload-preferences' && key !== undefined && DOCUMENT_ID.test(decodeURIComponent(key))) return { refuse: 'INTERNAL_COLLECTION' }
  if (collection === 'payload-locked-documents') return { needsRole: 'staff' }
  return null
}

/** The GraphQL documents of a request body (one operation or a batch), or the raw text if not JSON. */
const graphQLDocuments = (body: string): string[] => {
  try {
    const parsed: unknown = JSON.parse(body)
    return (Array.isArray(parsed) ? parsed : [parsed]).map((operation) => {
      const query = (operation as { query?: unknown } | null)?.query
      return typeof query === 'string' ? query : ''
    })
  } catch {
    return [body]
  }
}

/**
 * Whether a GraphQL request touches an internal collection. A field's name cannot be spelled any
 * other way in a GraphQL document; the document is read from the JSON (which could escape it).
 */
export const graphQLTouchesInternal = (body: string): boolean => graphQLDocuments(body).some((query) => GRAPHQL_NAMES.test(query))
