import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import { spendPasswordCheck } from '@/auth/spendPasswordCheck'
import { COLLECTIONS } from '@/constants/collections'

type Account = { id: number | string; disabled?: boolean | null; lockUntil?: string | null; loginAttempts?: number | null }

/** Set when this attempt, if it fails, locks the account: answerFailedLoginsAlike then logs the lock. */
export const LOCKS_IF_FAILED = 'warta.locksIfFailed'

/**
 * Payload answers an unknown e-mail at once and a locked account without checking the password, so
 * the time taken (and, for a lock, the message) told who has an account. Here an unknown, locked or
 * disabled account costs one password check and gets the wrong-password answer; a disabled account
 * cannot log in at all, not even with its password.
 */
export const equaliseFailedLogins: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = ((args as { data?: { email?: unknown; password?: unknown } }).data ?? {})
  // A missing e-mail or password is answered by Payload (400) before it looks anyone up.
  if (typeof email !== 'string' || !email.trim() || typeof password !== 'string' || !password.trim()) return args
  const account = (await req.payload.db.findOne({
    collection: COLLECTIONS.users,
    where: { email: { equals: email.toLowerCase().trim() } },
    select: { disabled: true, lockUntil: true, loginAttempts: true },
    req,
  })) as Account | null
  const locked = Boolean(account?.lockUntil && new Date(account.lockUntil).getTime() > Date.now())
  if (account && !account.disabled && !locked) {
    const max = req.payload.collections[COLLECTIONS.users].config.auth.maxLoginAttempts
    if (max > 0 && (account.loginAttempts ?? 0) + 1 >= max) req.context[LOCKS_IF_FAILED] = account.id
    return args
  }
  await spendPasswordCheck(password)
  throw new AuthenticationError(req.t)
}
