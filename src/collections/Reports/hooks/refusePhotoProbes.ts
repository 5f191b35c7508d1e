import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { queryPaths } from '@/access/queryShape'

/** The report fields that point at photos: behind them is each photo's working copy, not yet approved. */
const PHOTO_FIELDS = ['leadPhoto', 'gallery', 'photos']

/**
 * An anonymous reader may filter and sort reports by their photos' ids, never by a field of the photo
 * (`where[leadPhoto.caption][like]=...`): the join reads the photo's working copy, and the answer
 * would tell what a caption not yet approved says.
 */
export const refusePhotoProbes: CollectionBeforeOperationHook<'reports'> = ({ args, operation, req }) => {
  if ((operation !== 'read' && operation !== 'count') || req.user) return args
  const probe = queryPaths(args as { where?: unknown; sort?: unknown }).find((path) => {
    const [field, ...rest] = path.split('.')
    return PHOTO_FIELDS.includes(field ?? '') && rest.length > 0 && rest.join('.') !== 'id'
  })
  if (probe) throw new APIError(`Laporan tidak dapat disaring atau diurutkan menurut “${probe}”.`, 400, { code: 'INVALID_QUERY' }, true)
  return args
}
