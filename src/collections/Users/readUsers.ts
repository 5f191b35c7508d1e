import type { Access, Where } from 'payload'

import { unitsInScope } from '@/access/unitScope'

/**
 * Admins: every user. Other staff: themselves and the people of the units in their scope (authors
 * they work with). Anonymous: nobody.
 */
export const readUsers: Access = async ({ req }) => {
  if (!req.user) return false
  const scope = await unitsInScope(req)
  if (scope === 'all') return true
  const self: Where = { id: { equals: req.user.id } }
  const colleagues: Where = { unit: { in: scope } }
  return { or: [self, colleagues] }
}
