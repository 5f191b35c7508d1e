import { APIError, ValidationError } from 'payload'
import type { PayloadRequest } from 'payload'

import { COLLECTIONS } from '@/constants/collections'

import { PASSWORD_PROBLEMS, type PasswordProblem } from './passwordPolicy'

/**
 * An account refusal as an HTTP error: `{ errors: [{ name, message, data: { code } }] }` with its
 * status, like WorkflowError. Callers rely on the status and `data.code`, never on the wording.
 */
export class AccountError extends APIError<{ code: string; retryAfter?: number }> {
  constructor({ status, code, message, retryAfter }: { status: 400 | 401 | 403 | 429; code: string; message: string; retryAfter?: number }) {
    super(message, status, retryAfter === undefined ? { code } : { code, retryAfter }, true)
    this.name = 'AccountError'
  }
}

/** 429 with Retry-After (set on the response through `req.responseHeaders`, which Payload merges). */
export const tooManyAttempts = (req: PayloadRequest, retryAfter: number): AccountError => {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(retryAfter))
  req.responseHeaders = headers
  return new AccountError({
    status: 429,
    code: 'TOO_MANY_ATTEMPTS',
    message: `Terlalu banyak percobaan dari alamat ini. Coba lagi dalam ${retryAfter} detik.`,
    retryAfter,
  })
}

/** A second reset request for the same e-mail within the minute: REST answers it with the generic 200. */
export const resetRecentlyRequested = (): AccountError =>
  new AccountError({ status: 429, code: 'RESET_RECENTLY_REQUESTED', message: 'Tautan atur ulang baru saja diminta. Periksa kotak masuk Anda atau coba lagi sebentar lagi.' })

export const invalidResetToken = (): AccountError =>
  new AccountError({ status: 403, code: 'INVALID_RESET_TOKEN', message: 'Tautan atur ulang kata sandi tidak berlaku atau sudah kedaluwarsa. Minta tautan baru.' })

/** A refused password as a validation error on the `password` field, which the admin shows under it. */
export const weakPassword = (problem: PasswordProblem, req: PayloadRequest): ValidationError => {
  const results = {
    collection: COLLECTIONS.users,
    errors: [{ path: 'password', message: PASSWORD_PROBLEMS[problem] }],
    code: 'WEAK_PASSWORD',
    reason: problem,
  }
  return new ValidationError(results, req.t)
}
