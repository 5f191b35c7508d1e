import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { tooManyAttempts } from '@/auth/AccountError'
import { failedLogins, passwordResetRequests } from '@/auth/authRateLimits'
import { clientAddress } from '@/auth/clientAddress'

const COUNTED = 'warta.failedLoginKey'

/**
 * Per client address: at most AUTH_RATE_LIMIT failed logins and password reset requests a minute
 * (REST and GraphQL alike), then 429 with Retry-After, so that one attacker cannot try many accounts
 * or lock them all out. Other addresses are unaffected. Server code (Local API) is not limited.
 */
export const limitAuthAttempts: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const limiter = operation === 'login' ? failedLogins : operation === 'forgotPassword' ? passwordResetRequests : null
  if (!limiter) return args
  const address = clientAddress(req.headers)
  const decision = await limiter.consume(address)
  if (!decision.allowed) {
    req.payload.logger.warn({ msg: 'Authentication rate limit reached', operation, address })
    throw tooManyAttempts(req, decision.retryAfterSeconds)
  }
  if (operation === 'login') req.context[COUNTED] = address
  return args
}

/** A login that succeeded was no failure: it gives its slot back. */
export const refundSuccessfulLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const address = req.context[COUNTED]
  if (typeof address === 'string') {
    await failedLogins.refund(address)
    delete req.context[COUNTED]
  }
  return user
}
