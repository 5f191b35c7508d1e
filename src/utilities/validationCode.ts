import type { AfterErrorHook } from 'payload'

/**
 * Payload's field validation errors carry the fields (`data.errors[].path`) but no code: they get
 * `data.code: VALIDATION_FAILED`, as every other refusal has one, so clients need not read wording.
 */
export const validationErrorsHaveCode: AfterErrorHook = ({ error, result }) => {
  if (error.name !== 'ValidationError' || !result || !Array.isArray(result.errors)) return
  const errors = result.errors.map((entry: { name?: string; data?: Record<string, unknown> }) =>
    entry.name === 'ValidationError' ? { ...entry, data: { code: 'VALIDATION_FAILED', ...entry.data } } : entry,
  )
  return { response: { ...result, errors } }
}
