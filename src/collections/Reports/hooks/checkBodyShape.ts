import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import { lexicalShapeProblem } from '@/utilities/lexicalShape'

/**
 * A body nested too deep or too large is refused (400, path `body`) before any hook walks it: a
 * body of ~800 nested lists once exhausted the stack inside the save (500).
 */
export const checkBodyShape: CollectionBeforeOperationHook<'reports'> = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: { body?: unknown } }).data
  if (!data || !('body' in data)) return args
  const problem = lexicalShapeProblem(data.body)
  if (problem) throw new ValidationError({ collection: COLLECTIONS.reports, errors: [{ path: 'body', message: `Isi berita tidak valid: ${problem}.` }], req }, req.t)
  return args
}
