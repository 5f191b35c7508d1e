import type { FieldAccess } from 'payload'

/**
 * True only for the signed-in user reading their own record; false for everyone else, and false
 * when there is no record to compare with. Payload's own rule (`user?.id === doc?.id`) is true for
 * an anonymous reader when it is checked without a document, as it is for a query: then
 * `/api/reports?where[author.sessions.id][exists]=true` told anyone whether an author was logged in.
 */
export const readOwnSessions: FieldAccess = ({ req, doc }) =>
  Boolean(req.user && doc && req.user.collection === 'users' && String(req.user.id) === String((doc as { id?: unknown }).id))
