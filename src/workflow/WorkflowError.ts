import { APIError } from 'payload'

import type { BlockingCheck, Refusal } from './machine'

/**
 * A refusal as an HTTP error: Payload answers `{ errors: [{ name, message, data: { code, fields } }] }`
 * with the refusal's status. Callers rely on the status and `data.code`, never on the wording.
 */
export class WorkflowError extends APIError<{ code: string; fields?: string[]; checks?: BlockingCheck[] }> {
  constructor({ status, code, message, fields, checks }: Pick<Refusal, 'code' | 'message' | 'fields' | 'status' | 'checks'> | { status: 400 | 401 | 403 | 404 | 409; code: string; message: string; fields?: string[]; checks?: BlockingCheck[] }) {
    super(message, status, { code, ...(fields ? { fields } : {}), ...(checks ? { checks } : {}) }, true)
    this.name = 'WorkflowError'
  }
}

export const unauthenticated = () =>
  new WorkflowError({ status: 401, code: 'UNAUTHENTICATED', message: 'Silakan masuk terlebih dahulu.' })

export const reportNotFound = () =>
  new WorkflowError({ status: 404, code: 'NOT_FOUND', message: 'Laporan tidak ditemukan.' })
