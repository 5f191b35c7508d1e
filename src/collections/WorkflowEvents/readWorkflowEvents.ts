import type { Access } from 'payload'

import { unitsInScope } from '@/access/unitScope'

/** Admins: every event. Other staff: events of reports of the units in their scope. Anonymous: false. */
export const readWorkflowEvents: Access = async ({ req }) => {
  if (!req.user) return false
  const scope = await unitsInScope(req)
  if (scope === 'all') return true
  return { unit: { in: scope } }
}
