import type { FilterOptions } from 'payload'

import { unitsInScope } from '@/access/unitScope'

/** The units a user may file a report under: true for admins, their scope for other staff. */
export const unitsInScopeOptions: FilterOptions = async ({ req }) => {
  const scope = await unitsInScope(req)
  if (scope === 'all') return true
  return { id: { in: scope } }
}
