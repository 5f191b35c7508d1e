import type { AfterErrorHook } from 'payload'

type ErrorData = Record<string, unknown> & { code?: unknown; errors?: unknown }
type CaughtError = Error & { status?: number; data?: ErrorData }

/**
 * Every refusal answers `{ errors: [{ name, message, data: { code, ... } }] }`. Payload keeps `data`
 * only for errors it recognises as its own classes, and in the production build the errors Warta
 * throws (WorkflowError, the API refusals) come from another copy of those classes: their `data`, and
 * so their code, was dropped over HTTP. Validation errors, which carry their fields but no code, get
 * `VALIDATION_FAILED`.
 */
export const errorsKeepTheirCode: AfterErrorHook = ({ error, result }) => {
  const { data, status } = error as CaughtError
  if (!result || !Array.isArray(result.errors) || !data || typeof data !== 'object' || !status || status >= 500) return
  const code = data.code ?? (error.name === 'ValidationError' ? 'VALIDATION_FAILED' : undefined)
  if (code === undefined) return
  return { response: { ...result, errors: [{ name: error.name, message: error.message, data: { ...data, code } }] } }
}
