import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { invalidResetToken, resetRecentlyRequested } from '@/auth/AccountError'
import { resetMailsPerAccount } from '@/auth/authRateLimits'
import { assertStrongPassword } from '@/auth/assertStrongPassword'
import { COLLECTIONS } from '@/constants/collections'

type Account = { id: number | string; email?: string | null; name?: string | null; disabled?: boolean | null }

const findAccount = async (req: PayloadRequest, where: Where) =>
  (await req.payload.db.findOne({ collection: COLLECTIONS.users, where, select: { email: true, name: true, disabled: true }, req })) as Account | null

/**
 * Password reset. Forgot-password: one request a minute per e-mail, and a disabled account is sent
 * no link (the answer stays the same).
 * Reset: the token and password must be strings (no operator objects reach the query), the token
 * must be live and not a disabled account's, and the new password must pass the policy.
 */
export const guardPasswordReset: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation === 'forgotPassword') {
    const email = (args as { data?: { email?: unknown } }).data?.email
    if (typeof email !== 'string' || !email.trim()) return args
    const normalised = email.toLowerCase().trim()
    if (!(await resetMailsPerAccount.consume(normalised)).allowed) throw resetRecentlyRequested()
    const account = await findAccount(req, { email: { equals: normalised } })
    return account?.disabled ? { ...args, disableEmail: true } : args
  }
  if (operation !== 'resetPassword') return args
  const { token, password } = (args as { data?: { token?: unknown; password?: unknown } }).data ?? {}
  if (typeof token !== 'string' || !token || typeof password !== 'string') throw invalidResetToken()
  const account = await findAccount(req, {
    resetPasswordToken: { equals: token },
    resetPasswordExpiration: { greater_than: new Date().toISOString() },
  })
  if (!account || account.disabled) throw invalidResetToken()
  assertStrongPassword(password, account, req)
  return args
}
