import { APIError, type CollectionAfterReadHook, type CollectionBeforeOperationHook } from 'payload'

import { queryPaths } from '@/access/queryShape'
import { publicPhoto } from '@/media/approved'

type ReadArgs = { select?: Record<string, unknown>; where?: unknown; sort?: unknown }

/**
 * A read made for the public: anonymous, with access applied (REST and GraphQL leave `overrideAccess`
 * unset, the site's own reads pass false; the Local API's default, and the system's reads, are true).
 */
const isPublicRead = (req: { user?: unknown } | undefined, overrideAccess: boolean | undefined) => !req?.user && !overrideAccess

/** Filter and sort paths an anonymous reader may use on photos: the working copy's fields would tell what is not yet approved. */
const PUBLIC_PATHS = new Set(['id', 'createdAt'])

/**
 * Before a public read of photos: the approved copy is always loaded (the answer is built from it),
 * and filters or sorts on anything but the id are refused, so no query can probe a caption or a file
 * name that no editor has approved yet.
 */
export const prepareApprovedRead: CollectionBeforeOperationHook<'media'> = ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'read' && operation !== 'count') return args
  const read = args as ReadArgs
  if (!isPublicRead(req, overrideAccess)) return args
  const refused = queryPaths(read).find((path) => !PUBLIC_PATHS.has(path))
  if (refused !== undefined) throw new APIError(`Foto hanya dapat disaring dan diurutkan menurut id, bukan “${refused}”.`, 400, { code: 'INVALID_QUERY' }, true)
  const select = read.select
  if (select && Object.keys(select).length > 0) {
    // A new object: callers (Payload's dataloader) key their batches by the select they passed.
    const excluding = Object.values(select).every((value) => value === false)
    const { approved: _approved, ...rest } = select
    return { ...args, select: excluding ? rest : { ...select, approved: true } }
  }
  return args
}

/** What a public read gets of a photo: the copy an editor approved (see src/media/approved.ts). */
export const showApprovedToPublic: CollectionAfterReadHook = ({ doc, overrideAccess, req }) => (isPublicRead(req, overrideAccess) ? publicPhoto(doc) : doc)
