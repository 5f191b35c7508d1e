import { COLLECTIONS } from '@/constants/collections'

import { refuseDeleteWhileUsed } from '../../refuseDeleteWhileUsed'

/** A photo that a report shows (its public version or its working copy) cannot be deleted. */
export const refusePhotoInUse = refuseDeleteWhileUsed(
  [{ collection: COLLECTIONS.reports, field: 'photos', what: 'laporan' }],
  'Lepaskan foto dari laporan tersebut terlebih dahulu.',
)
