import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'
import { idOf, loadUnitTree, type UnitNode } from './unitTree'

type ID = number | string

const parentId = (unit: UnitNode): ID | undefined => {
  const { parent } = unit
  if (parent === null || parent === undefined) return undefined
  return typeof parent === 'object' ? parent.id : parent
}

/** Pure: the ids of `rootId` and of every unit below it in `units`. */
export const subtreeIds = (units: UnitNode[], rootId: ID): ID[] => {
  const children = new Map<string, ID[]>()
  for (const unit of units) {
    const parent = parentId(unit)
    if (parent === undefined) continue
    const list = children.get(String(parent)) ?? []
    list.push(unit.id)
    children.set(String(parent), list)
  }
  const result: ID[] = [rootId]
  for (let i = 0; i < result.length; i++) {
    result.push(...(children.get(String(result[i])) ?? []))
  }
  return result
}

/**
 * The units whose reports the signed-in user may act on: a writer's own unit; an editor's unit and
 * every unit below it; `'all'` for admins; nothing when anonymous. Cached on `req.context`.
 */
export const unitsInScope = async (req: PayloadRequest): Promise<'all' | ID[]> => {
  const { user } = req
  if (!user) return []
  if (hasRole(user, 'admin')) return 'all'
  const ownUnit = idOf('unit' in user ? user.unit : null)
  if (ownUnit === null) return []
  if (!hasRole(user, 'editor')) return [ownUnit]

  const cacheKey = `unitScope:${user.id}`
  const cached = req.context[cacheKey] as ID[] | undefined
  if (cached) return cached
  const scope = subtreeIds(await loadUnitTree(req), ownUnit)
  req.context[cacheKey] = scope
  return scope
}
