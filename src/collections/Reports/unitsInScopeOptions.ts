import type { FilterOptions } from 'payload'

import { unitsInScope } from '@/access/unitScope'

/**
 * The units a user may file a report under: true for admins and for the system (seed, job runner,
 * which have no user and are not limited by unit), their scope for other staff.
 */
export const unitsInScopeOptions: FilterOptions = async ({ req }) => {
  if (!req.user) return true
  const scope = await unitsInScope(req)
  if (scope === 'all') return true
  return { id: { in: scope } }
}
