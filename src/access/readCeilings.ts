import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { hasRole } from './roles'

/** The most documents one REST or GraphQL read returns, and how deep it populates relationships. */
export const MAX_LIMIT = 100
export const MAX_DEPTH = 2

type ReadArgs = { limit?: unknown; depth?: unknown; pagination?: unknown }

/** What is over the ceiling in a read's arguments, as a code and words for the reader, or null. Pure. */
export const ceilingProblem = ({ limit, depth, pagination }: ReadArgs, isAdmin: boolean): { code: string; message: string } | null => {
  const unpaginated = pagination === false || pagination === 'false'
  if (unpaginated && !isAdmin) return { code: 'PAGINATION_REQUIRED', message: 'Daftar harus dibaca per halaman (pagination=false hanya untuk administrator).' }
  if (unpaginated) return null
  if (limit !== undefined && limit !== null && limit !== '') {
    const n = Number(limit)
    if (!Number.isFinite(n) || n <= 0 || n > MAX_LIMIT) return { code: 'LIMIT_TOO_HIGH', message: `"limit" harus antara 1 dan ${MAX_LIMIT}.` }
  }
  if (depth !== undefined && depth !== null && depth !== '') {
    const n = Number(depth)
    if (!Number.isFinite(n) || n < 0 || n > MAX_DEPTH) return { code: 'DEPTH_TOO_HIGH', message: `"depth" paling tinggi ${MAX_DEPTH}.` }
  }
  return null
}

/**
 * A read a REST or GraphQL client asked for. Payload's REST and GraphQL handlers call the operation
 * without `overrideAccess`; every Local API call sets it (true by default), including the reads
 * Payload and Warta make while answering a client (populating relationships, checking a field's
 * options, access rules), which have their own bounds.
 */
export const isClientOperation = (req: PayloadRequest, overrideAccess: boolean | undefined): boolean =>
  (req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL') && overrideAccess === undefined

/**
 * Every read over REST or GraphQL has a ceiling: at most 100 documents (`limit=0`, "all", is over it),
 * relationships at most 2 deep, and `pagination=false` only for administrators. Over it: 400 with a
 * stable code, before the database is asked anything.
 */
export const limitReads: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'read' || !isClientOperation(req, overrideAccess)) return args
  const problem = ceilingProblem(args as ReadArgs, hasRole(req.user, 'admin'))
  if (problem) throw new APIError(problem.message, 400, { code: problem.code }, true)
  return args
}
