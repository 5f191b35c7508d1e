export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export type RateLimiter = {
  /** Counts one attempt for `key`, unless its window is full: then refuses, without counting. */
  consume: (key: string, now?: number) => RateLimitDecision
  /** Takes back the latest attempt counted for `key` (an attempt that turned out to be legitimate). */
  refund: (key: string) => void
  reset: () => void
}

type Options = { limit: number; windowMs: number; maxKeys?: number }

/**
 * A sliding-window log in memory: at most `limit` attempts per key in any `windowMs`. One process
 * only; a restart forgets. Memory is bounded: at most `maxKeys` keys of at most `limit` timestamps,
 * expired keys are dropped first, then the oldest. A limit of 0 or less lets everything through.
 */
export const createRateLimiter = ({ limit, windowMs, maxKeys = 50_000 }: Options): RateLimiter => {
  const hits = new Map<string, number[]>()

  const prune = (list: number[], now: number) => {
    while (list.length > 0 && (list[0] as number) <= now - windowMs) list.shift()
  }
  const makeRoom = (now: number) => {
    for (const [key, list] of hits) {
      prune(list, now)
      if (list.length === 0) hits.delete(key)
    }
    for (const key of hits.keys()) {
      if (hits.size < maxKeys) break
      hits.delete(key)
    }
  }

  return {
    consume: (key, now = Date.now()) => {
      if (limit <= 0) return { allowed: true }
      let list = hits.get(key)
      if (!list) {
        if (hits.size >= maxKeys) makeRoom(now)
        list = []
        hits.set(key, list)
      }
      prune(list, now)
      if (list.length >= limit) {
        const retryAfterMs = (list[0] as number) + windowMs - now
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) }
      }
      list.push(now)
      return { allowed: true }
    },
    refund: (key) => {
      hits.get(key)?.pop()
    },
    reset: () => hits.clear(),
  }
}
