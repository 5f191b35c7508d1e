import type { PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import type { UnitNode } from '@/workflow/relation'

type ID = number | string
export type { UnitNode }

const CACHE_KEY = 'wartaUnitTree'

/**
 * Every unit with its parent, read once per request. The unit tree is public reference data; reading
 * it whole with overrideAccess only ever narrows what a user may do.
 */
export const loadUnitTree = async (req: PayloadRequest): Promise<UnitNode[]> => {
  const cached = req.context[CACHE_KEY] as UnitNode[] | undefined
  if (cached) return cached
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.units,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { parent: true },
  })
  const tree = docs as UnitNode[]
  req.context[CACHE_KEY] = tree
  return tree
}

/** The id behind a relationship value, populated or not. */
export const idOf = (value: unknown): ID | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object' && 'id' in value) return (value as { id: ID }).id
  return typeof value === 'number' || typeof value === 'string' ? value : null
}
