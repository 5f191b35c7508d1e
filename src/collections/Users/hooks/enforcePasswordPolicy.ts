import type { CollectionBeforeValidateHook } from 'payload'

import { assertStrongPassword } from '@/auth/assertStrongPassword'
import type { User } from '@/payload-types'

/**
 * Every new password (a new account, a change in the admin or through the API) passes the policy.
 * Resets are checked in guardPasswordReset: Payload hashes those before any validate hook.
 */
export const enforcePasswordPolicy: CollectionBeforeValidateHook<User> = ({ data, originalDoc, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  // An empty password is no change; Payload itself requires one on create.
  if (typeof password !== 'string' || password === '') return data
  assertStrongPassword(password, { email: data?.email ?? originalDoc?.email, name: data?.name ?? originalDoc?.name }, req)
  return data
}
