import type { CollectionBeforeChangeHook } from 'payload'

import { photoIdsOf } from '@/media/visibility'

/**
 * Every save records which photos the version shows (lead, gallery, inside the body) in `photos`, so
 * that "is this photo shown by a live report?" is one query, whatever part of the report shows it.
 */
export const derivePhotoList: CollectionBeforeChangeHook = ({ data, originalDoc }) => ({
  ...data,
  photos: photoIdsOf({
    leadPhoto: 'leadPhoto' in data ? data.leadPhoto : originalDoc?.leadPhoto,
    gallery: 'gallery' in data ? data.gallery : originalDoc?.gallery,
    body: 'body' in data ? data.body : originalDoc?.body,
  }),
})
