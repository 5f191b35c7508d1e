import { describe, expect, it } from 'vitest'

import { createRateLimiter } from './rateLimiter'

describe('sliding-window rate limiter', () => {
  it('should allow `limit` attempts in the window and refuse the next with the seconds until a slot frees', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 })
    const t0 = 1_000_000
    expect(limiter.consume('a', t0)).toEqual({ allowed: true })
    expect(limiter.consume('a', t0 + 10_000)).toEqual({ allowed: true })
    expect(limiter.consume('a', t0 + 20_000)).toEqual({ allowed: true })
    expect(limiter.consume('a', t0 + 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 })
  })

  it('should slide: an attempt leaves the window exactly windowMs after it was made', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 })
    limiter.consume('a', 0)
    limiter.consume('a', 30_000)
    expect(limiter.consume('a', 59_999).allowed).toBe(false)
    expect(limiter.consume('a', 60_000).allowed).toBe(true)
    expect(limiter.consume('a', 60_001).allowed).toBe(false)
    expect(limiter.consume('a', 90_000).allowed).toBe(true)
  })

  it('should not count refused attempts, so a client that keeps hammering is let in once the window passes', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 })
    limiter.consume('a', 0)
    for (let t = 100; t < 1000; t += 100) expect(limiter.consume('a', t).allowed).toBe(false)
    expect(limiter.consume('a', 1000).allowed).toBe(true)
  })

  it('should keep keys apart', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 })
    expect(limiter.consume('a', 0).allowed).toBe(true)
    expect(limiter.consume('a', 1).allowed).toBe(false)
    expect(limiter.consume('b', 2).allowed).toBe(true)
  })

  it('should give a slot back on refund', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 })
    limiter.consume('a', 0)
    limiter.consume('a', 1)
    limiter.refund('a')
    expect(limiter.consume('a', 2).allowed).toBe(true)
    expect(limiter.consume('a', 3).allowed).toBe(false)
  })

  it('should never report less than one second to wait', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 })
    limiter.consume('a', 0)
    expect(limiter.consume('a', 999)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })

  it('should let everything through when the limit is 0 (switched off)', () => {
    const limiter = createRateLimiter({ limit: 0, windowMs: 60_000 })
    for (let i = 0; i < 100; i++) expect(limiter.consume('a', i).allowed).toBe(true)
  })

  it('should bound memory: beyond maxKeys, expired keys go first, then the oldest', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, maxKeys: 3 })
    limiter.consume('old', 0)
    limiter.consume('b', 5000)
    limiter.consume('c', 5001)
    limiter.consume('d', 5002) // "old" has expired and is dropped
    expect(limiter.consume('b', 5003).allowed).toBe(false)
    limiter.consume('e', 5004) // nothing expired: the oldest ("b") is dropped
    expect(limiter.consume('b', 5005).allowed).toBe(true)
    expect(limiter.consume('e', 5006).allowed).toBe(false)
  })
})
