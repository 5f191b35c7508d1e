import { AuthenticationError, LockedAuth, type CollectionAfterErrorHook } from 'payload'

import { LOCKS_IF_FAILED } from './equaliseFailedLogins'

/**
 * Every failed login gets one answer: 401 `INVALID_CREDENTIALS`, Payload's own wrong-password message.
 * Payload words a lock differently ("this user is locked"), which would confirm that the account
 * exists. The failure that locks an account is logged here for the operators (the audit entry).
 */
export const answerFailedLoginsAlike: CollectionAfterErrorHook = ({ error, req }) => {
  if (!(error instanceof AuthenticationError) && !(error instanceof LockedAuth)) return
  const locked = req.context[LOCKS_IF_FAILED]
  if (locked !== undefined || error instanceof LockedAuth) {
    const email = typeof req.data?.email === 'string' ? req.data.email.toLowerCase().trim() : undefined
    const lockMinutes = req.payload.collections.users.config.auth.lockTime / 60_000
    req.payload.logger.warn({ msg: 'Account locked after repeated failed logins', event: 'account_locked', user: locked, email, lockMinutes })
  }
  return {
    status: 401,
    response: { errors: [{ name: 'AuthenticationError', message: req.t('error:emailOrPasswordIncorrect'), data: { code: 'INVALID_CREDENTIALS' } }] },
  }
}
