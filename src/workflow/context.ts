import type { PayloadRequest } from 'payload'

/**
 * The mark of a write made by the workflow service. Only server code can set `req.context` (REST and
 * GraphQL cannot), and the value is a module-private symbol, so no JSON input can forge it.
 */
const WORKFLOW_WRITE = Symbol('warta.workflowWrite')
const KEY = 'wartaWorkflowWrite'
const NO_CONTENT_CHECK = 'wartaNoContentCheck'

/**
 * Runs `write` as a workflow write. With `checkContent: false` the report's content is not validated
 * (a transition that only moves the state, such as a send-back or a withdrawal, must happen whatever
 * the content). The marks are removed afterwards: Payload merges a call's context into `req.context`
 * for good, and later writes on the same request must not inherit them.
 */
export const asWorkflowWrite = async <T>(req: PayloadRequest, write: () => Promise<T>, { checkContent = true }: { checkContent?: boolean } = {}): Promise<T> => {
  const previous = { mark: req.context[KEY], noCheck: req.context[NO_CONTENT_CHECK] }
  req.context[KEY] = WORKFLOW_WRITE
  req.context[NO_CONTENT_CHECK] = !checkContent
  try {
    return await write()
  } finally {
    if (previous.mark === undefined) delete req.context[KEY]
    else req.context[KEY] = previous.mark
    if (previous.noCheck === undefined) delete req.context[NO_CONTENT_CHECK]
    else req.context[NO_CONTENT_CHECK] = previous.noCheck
  }
}

/** True inside a write made by the workflow service; false for every other path into report data. */
export const isWorkflowWrite = (req: Pick<PayloadRequest, 'context'>): boolean => req.context?.[KEY] === WORKFLOW_WRITE

/** True inside a workflow write that moves only the state: field validation is skipped. */
export const skipsContentCheck = (req: Pick<PayloadRequest, 'context'>): boolean => isWorkflowWrite(req) && req.context[NO_CONTENT_CHECK] === true
