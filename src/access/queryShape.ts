import { APIError, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { requireJsonBody } from '@/http/requestBody'

import { limitReads } from './readCeilings'

/** Operators that take one value, and those that take a list. */
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
/** Geographic operators: no collection here has a point field, and on other fields they fail deep in the adapter. */
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

type Scalar = string | number | boolean | null
const isScalar = (value: unknown): value is Scalar => value === null || ['string', 'number', 'boolean'].includes(typeof value)
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * What is wrong with a query's `where`, in words for the reader, or null. Payload checks field names
 * and access itself; this catches the shapes that it passes on to the database adapter and that end
 * there in a 500 (../shared/SECURITY.md C28): an object where a value belongs (`equals[$gt]=`), an
 * object inside a list, a geographic operator, a path into a rich-text or JSON field.
 */
export const whereProblem = (where: unknown, opaqueFields: ReadonlySet<string> = new Set(), depth = 0): string | null => {
  if (depth > 10) return 'filter bersarang terlalu dalam'
  if (!isPlainObject(where)) return 'filter harus berupa objek'
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const branches = isPlainObject(condition) ? Object.values(condition) : condition
      if (!Array.isArray(branches)) return `“${key}” harus berupa daftar filter`
      for (const branch of branches) {
        const problem = whereProblem(branch, opaqueFields, depth + 1)
        if (problem) return problem
      }
      continue
    }
    const root = key.split('.')[0] ?? key
    if (key.includes('.') && opaqueFields.has(root)) return `kolom “${root}” tidak dapat disaring per bagian`
    if (!isPlainObject(condition)) continue
    for (const [operator, value] of Object.entries(condition)) {
      if (GEO_OPERATORS.has(operator)) return `operator “${operator}” tidak didukung`
      if (LIST_OPERATORS.has(operator)) {
        const items = isPlainObject(value) ? Object.values(value) : Array.isArray(value) ? value : [value]
        if (!items.every(isScalar)) return `nilai “${key}” untuk “${operator}” harus berupa daftar nilai`
      } else if (!isScalar(value)) {
        return `nilai “${key}” untuk “${operator}” harus berupa satu nilai`
      }
    }
  }
  return null
}

/** Every field path a `where` filters on, and every path a `sort` sorts by (without its `-`). Pure. */
export const queryPaths = ({ where, sort }: { where?: unknown; sort?: unknown }): string[] => {
  const fromWhere = (w: unknown): string[] =>
    isPlainObject(w)
      ? Object.entries(w).flatMap(([key, value]) => (key === 'and' || key === 'or' ? (Array.isArray(value) ? value : isPlainObject(value) ? Object.values(value) : []).flatMap(fromWhere) : [key]))
      : []
  const sorts = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return [...fromWhere(where), ...sorts.map((s) => String(s).trim().replace(/^-/, '')).filter(Boolean)]
}

/** A collection's top-level rich-text and JSON fields: their insides are not filterable. */
const opaqueFieldsOf = (collection: CollectionConfig): Set<string> =>
  new Set(collection.fields.flatMap((field) => ('name' in field && (field.type === 'richText' || field.type === 'json') ? [field.name] : [])))

/** Refuses a malformed `where` with 400 INVALID_QUERY before Payload hands it to the database. */
export const rejectMalformedWhere = (collection: CollectionConfig): CollectionBeforeOperationHook => {
  const opaque = opaqueFieldsOf(collection)
  return ({ args }) => {
    const where = (args as { where?: unknown }).where
    if (where === undefined || where === null) return args
    const problem = whereProblem(where, opaque)
    if (problem) throw new APIError(`Filter tidak valid: ${problem}.`, 400, { code: 'INVALID_QUERY' }, true)
    return args
  }
}

/**
 * Every collection with the request guards first among its beforeOperation hooks: malformed filters
 * (400 INVALID_QUERY), reads over their ceiling (src/access/readCeilings.ts) and writes whose body is
 * not JSON or is too large (src/http/requestBody.ts), all before anything else runs.
 */
export const withQueryGuard = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [rejectMalformedWhere(collection), limitReads, requireJsonBody, ...(collection.hooks?.beforeOperation ?? [])] },
})
