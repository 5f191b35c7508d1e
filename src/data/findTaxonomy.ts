import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import type { ActivityType, Unit } from '@/payload-types'

export type PublicUnit = Pick<Unit, 'id' | 'name' | 'longName' | 'slug' | 'level' | 'timeZone'> & { parent: number | null }
export type PublicTerm = Pick<ActivityType, 'id' | 'name' | 'slug'> & { description?: string | null }

/** Every unit, with its parent's id: the tree the site navigates. */
export const findUnits = async (payload: Payload): Promise<PublicUnit[]> => {
  const { docs } = await payload.find({
    collection: COLLECTIONS.units,
    select: { name: true, longName: true, slug: true, level: true, timeZone: true, parent: true },
    sort: 'name',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: false,
  })
  return docs.map((unit) => ({ ...unit, parent: typeof unit.parent === 'object' && unit.parent ? unit.parent.id : (unit.parent ?? null) })) as PublicUnit[]
}

export const findActivityTypes = async (payload: Payload): Promise<PublicTerm[]> => {
  const { docs } = await payload.find({ collection: COLLECTIONS.activityTypes, select: { name: true, slug: true, description: true }, sort: 'name', depth: 0, limit: 0, pagination: false, overrideAccess: false })
  return docs as PublicTerm[]
}

/** The tags an anonymous reader may see: those a live report carries. */
export const findTags = async (payload: Payload): Promise<PublicTerm[]> => {
  const { docs } = await payload.find({ collection: COLLECTIONS.tags, select: { name: true, slug: true }, sort: 'name', depth: 0, limit: 0, pagination: false, overrideAccess: false })
  return docs as PublicTerm[]
}

/** A unit and everything below it, as ids. */
export const subtreeOf = (units: PublicUnit[], rootId: number): number[] => {
  const ids = [rootId]
  for (let i = 0; i < ids.length; i++) for (const unit of units) if (unit.parent === ids[i]) ids.push(unit.id)
  return ids
}

/** A unit's chain of parents, the root first, the unit itself last. */
export const ancestorsOf = (units: PublicUnit[], unit: PublicUnit): PublicUnit[] => {
  const chain: PublicUnit[] = [unit]
  const byId = new Map(units.map((u) => [u.id, u]))
  for (let parent = unit.parent; parent !== null && !chain.some((u) => u.id === parent); ) {
    const next = byId.get(parent)
    if (!next) break
    chain.unshift(next)
    parent = next.parent
  }
  return chain
}
