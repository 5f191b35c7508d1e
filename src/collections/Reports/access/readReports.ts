import type { Access, Where } from 'payload'

import { unitsInScope } from '@/access/unitScope'

/** Live and not withdrawn. (`_status` alone is Payload's; `state` is ours: both must agree.) */
const published: Where = { and: [{ _status: { equals: 'published' } }, { state: { equals: 'published' } }] }

/**
 * Anonymous readers: a constraint to published reports. Admins: true. Other staff: published reports
 * plus every report of the units in their scope.
 */
export const readReports: Access = async ({ req }) => {
  if (!req.user) return published
  const scope = await unitsInScope(req)
  if (scope === 'all') return true
  const inScope: Where = { unit: { in: scope } }
  return { or: [published, inScope] }
}
