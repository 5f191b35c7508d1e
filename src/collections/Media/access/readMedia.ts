import type { Access, Where } from 'payload'

import { unitsInScope } from '@/access/unitScope'

const isPublic: Where = { public: { equals: true } }

/**
 * Anonymous readers: photos a live report shows (a constraint), as approved (see
 * showApprovedToPublic), and never an original file (false for static file reads: the public gets
 * renditions, from /media/). Admins: all. Other staff: public photos, photos of the units in their
 * scope, and their own uploads.
 */
export const readMedia: Access = async ({ req, isReadingStaticFile }) => {
  if (!req.user) return isReadingStaticFile ? false : isPublic
  const scope = await unitsInScope(req)
  if (scope === 'all') return true
  const inScope: Where = { unit: { in: scope } }
  const own: Where = { uploadedBy: { equals: req.user.id } }
  return { or: [isPublic, inScope, own] }
}

/** Admins: all. Other staff: photos of the units in their scope and their own uploads. Anonymous: false. */
export const updateMedia: Access = async ({ req }) => {
  if (!req.user) return false
  const scope = await unitsInScope(req)
  if (scope === 'all') return true
  const inScope: Where = { unit: { in: scope } }
  const own: Where = { uploadedBy: { equals: req.user.id } }
  return { or: [inScope, own] }
}
