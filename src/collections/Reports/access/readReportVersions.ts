import type { Access } from 'payload'

import { unitsInScope } from '@/access/unitScope'

/** Admins: true. Other staff: versions of reports of the units in their scope. Anonymous: false. */
export const readReportVersions: Access = async ({ req }) => {
  if (!req.user) return false
  const scope = await unitsInScope(req)
  if (scope === 'all') return true
  return { 'version.unit': { in: scope } }
}
