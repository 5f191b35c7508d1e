import type { Access, FieldAccess, PayloadRequest } from 'payload'

import type { Role } from '@/constants/collections'

type MaybeUser = PayloadRequest['user']

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user && 'role' in user && roles.includes(user.role as Role))

/** True for anyone, signed in or not: public reference data. */
export const anyone: Access = () => true

/** True for any signed-in staff member, false for anonymous readers. */
export const isStaff: Access = ({ req }) => Boolean(req.user)

/** True for admins only. */
export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')

/** Field-level: true for admins only. */
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/** True for admins; a constraint to the user's own record for other staff; false when anonymous. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}

/** Nobody, admins included: records only the workflow service writes (with overrideAccess). */
export const nobody: Access = () => false

/** Field-level: true for any signed-in staff member; anonymous readers never see the field. */
export const isStaffField: FieldAccess = ({ req }) => Boolean(req.user)

/** For request-level checks outside collections (job endpoints): true for admins only. */
export const isAdminRequest = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')
