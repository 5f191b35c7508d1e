import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import type { Correction, Unit } from '@/payload-types'

export type CorrectionEntry = Pick<Correction, 'id' | 'kind' | 'note' | 'at' | 'reportTitle' | 'reportSlug'> & { unit: Pick<Unit, 'name' | 'timeZone'> | null }

/** A page of the public register of corrections and withdrawals, newest first, as an anonymous reader gets it. */
export const findCorrections = async (payload: Payload, page: number): Promise<{ docs: CorrectionEntry[]; page: number; totalPages: number }> => {
  const result = await payload.find({
    collection: COLLECTIONS.corrections,
    select: { kind: true, note: true, at: true, reportTitle: true, reportSlug: true, unit: true },
    populate: { units: { name: true, timeZone: true } },
    sort: '-at',
    depth: 1,
    limit: 30,
    page,
    overrideAccess: false,
  })
  return { docs: result.docs as unknown as CorrectionEntry[], page: result.page ?? page, totalPages: result.totalPages }
}
