import type { PayloadRequest } from 'payload'

import { weakPassword } from './AccountError'
import { commonPasswords } from './commonPasswords'
import { checkPassword, type PasswordOwner } from './passwordPolicy'

/** Throws a 400 on the `password` field when the policy refuses the password. */
export const assertStrongPassword = (password: string, owner: PasswordOwner, req: PayloadRequest): void => {
  const list = commonPasswords()
  const problem = checkPassword(password, owner, (candidate) => list.has(candidate))
  if (problem) throw weakPassword(problem, req)
}
