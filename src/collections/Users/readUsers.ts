import type { Access } from 'payload'

import { unitsInScope } from '@/access/unitScope'

/**
 * Admins: every user. Other staff: themselves and the people of the units in their scope (authors
 * they work with). Anonymous: nobody.
 */
export const readUsers: Access = async ({ req }) => {
  if (!req.user) return false
  const scope = await unitsInScope(req)
  if (scope === 'all') return true
  return { or: [{ id: { equals: req.user.id } }, { unit: { in: scope } }] }
}
