import type { PayloadRequest } from 'payload'

/**
 * The mark of a write made by the workflow service. Only server code can set `req.context` (REST and
 * GraphQL cannot), and the value is a module-private symbol, so no JSON input can forge it.
 */
const WORKFLOW_WRITE = Symbol('warta.workflowWrite')
const KEY = 'wartaWorkflowWrite'

/**
 * Runs `write` as a workflow write. The mark is removed afterwards: Payload merges a call's context into
 * `req.context` for good, and later writes on the same request must not inherit it.
 */
export const asWorkflowWrite = async <T>(req: PayloadRequest, write: () => Promise<T>): Promise<T> => {
  const previous = req.context[KEY]
  req.context[KEY] = WORKFLOW_WRITE
  try {
    return await write()
  } finally {
    if (previous === undefined) delete req.context[KEY]
    else req.context[KEY] = previous
  }
}

/** True inside a write made by the workflow service; false for every other path into report data. */
export const isWorkflowWrite = (req: Pick<PayloadRequest, 'context'>): boolean => req.context?.[KEY] === WORKFLOW_WRITE
