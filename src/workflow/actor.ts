import type { PayloadRequest } from 'payload'

import { idOf, loadUnitTree } from '@/access/unitTree'

import type { Actor, Role } from './machine'
import { relationOf } from './relation'

const ROLES: Role[] = ['writer', 'editor', 'admin']

type UserLike = { id: number | string; role?: unknown; unit?: unknown }

/** A user as the state machine sees them, for a report of `reportUnit`. Null for a user with no valid role. */
export const actorFor = async (req: PayloadRequest, user: UserLike, reportUnit: unknown): Promise<Actor | null> => {
  const role = ROLES.find((r) => r === user.role)
  if (!role) return null
  const relation = relationOf(await loadUnitTree(req), idOf(user.unit), idOf(reportUnit))
  return { id: user.id, role, relation }
}
