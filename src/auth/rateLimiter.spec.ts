import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { createRateLimiter } from './rateLimiter'

/** One process's limiter, as without REDIS_URL (./rateLimiter.redis.spec.ts shares one through Redis). */
const inMemory = (limit: number, durationSeconds = 60) => createRateLimiter({ name: 'test', limit, durationSeconds, redis: () => undefined })

const decisions = async (limiter: ReturnType<typeof inMemory>, key: string, times: number) => {
  const out: boolean[] = []
  for (let i = 0; i < times; i++) out.push((await limiter.consume(key)).allowed)
  return out
}

describe('rate limiter in memory (no REDIS_URL)', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('should allow `limit` attempts in the window and refuse the next with the seconds until the window ends', async () => {
    const limiter = inMemory(3)
    expect(await limiter.consume('a')).toEqual({ allowed: true })
    vi.advanceTimersByTime(10_000)
    expect(await decisions(limiter, 'a', 2)).toEqual([true, true])
    vi.advanceTimersByTime(20_000)
    expect(await limiter.consume('a')).toEqual({ allowed: false, retryAfterSeconds: 30 })
  })

  it('should let a key in again once its window, opened by its first attempt, has passed', async () => {
    const limiter = inMemory(2)
    expect(await decisions(limiter, 'a', 3)).toEqual([true, true, false])
    vi.advanceTimersByTime(59_999)
    expect((await limiter.consume('a')).allowed).toBe(false)
    vi.advanceTimersByTime(1)
    expect(await decisions(limiter, 'a', 3)).toEqual([true, true, false])
  })

  it('should not count refused attempts: after many refusals one refund still frees one slot', async () => {
    const limiter = inMemory(2)
    expect(await decisions(limiter, 'a', 7)).toEqual([true, true, false, false, false, false, false])
    await limiter.refund('a')
    expect(await decisions(limiter, 'a', 2)).toEqual([true, false])
  })

  it('should give a slot back on refund', async () => {
    const limiter = inMemory(2)
    await decisions(limiter, 'a', 2)
    await limiter.refund('a')
    expect(await decisions(limiter, 'a', 2)).toEqual([true, false])
  })

  it('should give no credit for a refund with nothing counted, nor for one that comes after its window', async () => {
    const limiter = inMemory(1)
    await limiter.refund('fresh')
    expect(await decisions(limiter, 'fresh', 2)).toEqual([true, false])

    await limiter.consume('late')
    vi.advanceTimersByTime(60_000)
    await limiter.refund('late')
    expect(await decisions(limiter, 'late', 2)).toEqual([true, false])
  })

  it('should keep keys apart', async () => {
    const limiter = inMemory(1)
    expect(await decisions(limiter, 'a', 2)).toEqual([true, false])
    expect((await limiter.consume('b')).allowed).toBe(true)
  })

  it('should never report less than one second to wait', async () => {
    const limiter = inMemory(1, 1)
    await limiter.consume('a')
    vi.advanceTimersByTime(999)
    expect(await limiter.consume('a')).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })

  it('should let everything through when the limit is 0 (switched off)', async () => {
    for (const limiter of [inMemory(0), inMemory(-1)]) {
      expect(await decisions(limiter, 'a', 100)).toEqual(Array(100).fill(true))
      await expect(limiter.refund('a')).resolves.toBeUndefined()
    }
  })

  it('should forget a key on reset', async () => {
    const limiter = inMemory(1)
    await limiter.consume('a')
    await limiter.reset('a')
    expect((await limiter.consume('a')).allowed).toBe(true)
  })
})
