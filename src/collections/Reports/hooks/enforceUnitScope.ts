import { Forbidden, type CollectionBeforeChangeHook } from 'payload'

import { unitsInScope } from '@/access/unitScope'

const idOf = (value: unknown): string | undefined => {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return String(value)
}

/**
 * A signed-in user may only file a report under a unit in their scope, and only move it between such
 * units. Writers become the author of what they create. Runs without a user (seed, jobs) untouched.
 */
export const enforceUnitScope: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (!req.user) return data
  const scope = await unitsInScope(req)
  if (scope === 'all') return data
  const unit = idOf(data.unit ?? originalDoc?.unit)
  if (unit === undefined || !scope.some((id) => String(id) === unit)) throw new Forbidden(req.t)
  if (operation === 'create') data.author = req.user.id
  return data
}
