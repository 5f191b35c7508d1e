import { createRateLimiter } from './rateLimiter'

// The login and reset limits, one count for every app process when REDIS_URL is set (./rateLimiter.ts).

/** AUTH_RATE_LIMIT: attempts per minute and client address (default 10; 0 switches the limit off). */
const perMinute = (value = process.env.AUTH_RATE_LIMIT): number => {
  if (value === undefined || value === '') return 10
  const limit = Number(value)
  return Number.isInteger(limit) && limit >= 0 ? limit : 10
}

const MINUTE = 60

/**
 * Failed logins per address: every attempt is counted up front and a successful one is taken back,
 * so a station of many staff behind one address is not locked out by its own morning logins.
 */
export const failedLogins = createRateLimiter({ name: 'login', limit: perMinute(), durationSeconds: MINUTE })

/** Password reset requests per address: each one may send an e-mail, so all of them count. */
export const passwordResetRequests = createRateLimiter({ name: 'reset', limit: perMinute(), durationSeconds: MINUTE })

/**
 * Reset e-mails per account (by the e-mail asked for, known or not): one a minute. It replaces
 * Payload's own interval, whose reservation write runs outside the request's transaction and so
 * deadlocks on SQLite, where this process holds the only write lock.
 */
export const resetMailsPerAccount = createRateLimiter({ name: 'resetMail', limit: 1, durationSeconds: MINUTE })
