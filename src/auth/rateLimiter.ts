import type { Redis } from 'ioredis'
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import { sharedRedis } from '@/server/sharedRedis.mjs'

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export type RateLimiter = {
  /** Counts one attempt for `key`, unless its window is full: then refuses, without counting. */
  consume: (key: string) => Promise<RateLimitDecision>
  /** Takes back one attempt counted for `key` (an attempt that turned out to be legitimate). */
  refund: (key: string) => Promise<void>
  /** Forgets `key`'s attempts (tests; an address unblocked by hand). */
  reset: (key: string) => Promise<void>
}

type Options = {
  /** Names the limit's keys, `warta:<name>:<key>` in Redis. */
  name: string
  /** Attempts per window and key; 0 or less switches the limit off. */
  limit: number
  durationSeconds: number
  /** Where counts are shared: the process's Redis connection (REDIS_URL) unless a test passes its own. */
  redis?: () => Redis | undefined
}

const build = ({ name, limit, durationSeconds, redis = sharedRedis }: Options): RateLimiterAbstract => {
  const shape = { points: limit, duration: durationSeconds, keyPrefix: `warta:${name}` }
  const memory = new RateLimiterMemory(shape)
  const storeClient = redis()
  if (!storeClient) return memory
  return new RateLimiterRedis({
    ...shape,
    storeClient,
    useRedisPackage: false, // ioredis, not node-redis
    // While Redis is down or reconnecting each process limits on its own, straight away: a login
    // neither fails nor waits because the shared store is away.
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  })
}

/**
 * At most `limit` attempts per key and window, counted by rate-limiter-flexible (issue 21: "not our
 * own counters"): in Redis when REDIS_URL is set, so that every app process behind the proxy sees
 * the same counts, with a limiter in the process's memory as insurance while Redis is unreachable;
 * in memory only otherwise (one process, a restart forgets).
 *
 * The window is fixed per key: it opens with the key's first attempt and lasts `durationSeconds`
 * (Redis's expiry of the key). So up to twice the limit can pass within one duration that straddles
 * two windows; our earlier sliding log did not allow that, and the library's Redis store is atomic
 * across processes, which matters more here.
 *
 * The library counts a refused attempt too; we take it back, so the count is the attempts let
 * through less those refunded. A take-back or refund is skipped once the window has ended, so a
 * late refund never leaves a negative count (an extra attempt) in the next window.
 */
export const createRateLimiter = (options: Options): RateLimiter => {
  if (options.limit <= 0) {
    const allow = async (): Promise<RateLimitDecision> => ({ allowed: true })
    const none = async () => {}
    return { consume: allow, refund: none, reset: none }
  }
  let built: RateLimiterAbstract | undefined
  // Made on first use, so that importing a limit (a build, a command) opens no Redis connection.
  const limiter = () => (built ??= build(options))

  const takeBack = async (key: string) => {
    const counted = await limiter().get(key)
    if (counted && counted.consumedPoints > 0 && counted.msBeforeNext > 0) await limiter().reward(key, 1)
  }

  return {
    consume: async (key) => {
      try {
        await limiter().consume(key)
        return { allowed: true }
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal
        await takeBack(key)
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) }
      }
    },
    refund: takeBack,
    reset: async (key) => {
      await limiter().delete(key)
    },
  }
}
