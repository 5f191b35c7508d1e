import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '@/access/unitTree'
import { COLLECTIONS } from '@/constants/collections'
import type { User } from '@/payload-types'

type Sessions = { sessions?: { id: string }[] | null }

/**
 * A new role or unit, or a disabled account, ends that user's sessions at once: every token they
 * hold is refused from the next request on (Payload checks the token's session on each request).
 * Someone changing their own record keeps the session they are using, unless it was disabled.
 * A password change is handled by Payload itself, which keeps only the current session.
 */
export const endSessionsOnAccessChange: CollectionAfterChangeHook<User> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || !previousDoc) return doc
  const changed =
    doc.role !== previousDoc.role || idOf(doc.unit) !== idOf(previousDoc.unit) || Boolean(doc.disabled) !== Boolean(previousDoc.disabled)
  if (!changed) return doc
  const own = req.user?.collection === COLLECTIONS.users && String(req.user.id) === String(doc.id) ? (req.user as { _sid?: string })._sid : undefined
  const stored = (await req.payload.db.findOne({ collection: COLLECTIONS.users, where: { id: { equals: doc.id } }, select: { sessions: true }, req })) as Sessions | null
  const keep = own && !doc.disabled ? (stored?.sessions ?? []).filter((session) => session.id === own) : []
  await req.payload.db.updateOne({ collection: COLLECTIONS.users, id: doc.id, data: { sessions: keep }, req, returning: false })
  req.payload.logger.info({ msg: 'Sessions ended after an access change', user: doc.id, role: doc.role, unit: idOf(doc.unit), disabled: Boolean(doc.disabled) })
  return doc
}
