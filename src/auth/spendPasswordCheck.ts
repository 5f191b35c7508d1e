import { pbkdf2, randomBytes } from 'node:crypto'

// What Payload 3.90 spends on checking a password (auth/strategies/local/generatePasswordSaltHash.js):
// PBKDF2-SHA256, 600,000 iterations, 32 bytes, a hex salt. accounts.int.spec.ts times both paths.
const ITERATIONS = 600_000
const KEY_LENGTH = 32
const SALT = randomBytes(32).toString('hex')

/** Takes as long as checking `password` against a stored hash, and checks nothing. */
export const spendPasswordCheck = (password: string): Promise<void> =>
  new Promise((resolve) => pbkdf2(password, SALT, ITERATIONS, KEY_LENGTH, 'sha256', () => resolve()))
