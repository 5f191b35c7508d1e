import type { Access } from 'payload'

import { unitsInScope } from '@/access/unitScope'

/** Admins: true. Other staff: a constraint to reports of the units in their scope. Anonymous: false. */
export const updateReports: Access = async ({ req }) => {
  if (!req.user) return false
  const scope = await unitsInScope(req)
  if (scope === 'all') return true
  return { unit: { in: scope } }
}
