import { once } from 'node:events'

import fc from 'fast-check'
import type { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { newRedis } from '@/server/sharedRedis.mjs'
import { type RedisServer, redisServerInstalled, startRedisServer } from '@/testing/redisServer'

import { createRateLimiter, type RateLimiter } from './rateLimiter'

const installed = redisServerInstalled()
const skipped = installed ? '' : ' (skipped: redis-server is not installed; apt-get install redis-server)'

let next = 0
/** A fresh client address (TEST-NET-3) per case, so that each has its own window. */
const newAddress = () => `203.0.113.${++next}`

const decisions = async (steps: [RateLimiter, string][]) => {
  const out: boolean[] = []
  for (const [limiter, key] of steps) out.push((await limiter.consume(key)).allowed)
  return out
}

/**
 * Two app processes behind the proxy, each with its own connection to the one Redis (the production
 * connection's settings: newRedis, as sharedRedis makes it) and its own limiter.
 */
const twoProcesses = (server: () => RedisServer) => {
  const clients: Redis[] = []
  beforeAll(async () => {
    clients.push(newRedis(server().url, 'commands'), newRedis(server().url, 'commands'))
    // Until a connection is ready its process limits on its own (the insurance): wait, as a server
    // that has been up a moment has.
    await Promise.all(clients.map((client) => client.status === 'ready' || once(client, 'ready')))
  })
  afterAll(() => {
    for (const client of clients.splice(0)) client.disconnect()
  })
  return {
    clients: () => clients as [Redis, Redis],
    limiters: (limit: number, { name = 'login', durationSeconds = 60 } = {}) =>
      clients.map((client) => createRateLimiter({ name, limit, durationSeconds, redis: () => client })) as [RateLimiter, RateLimiter],
  }
}

describe.skipIf(!installed)(`login limits shared through Redis by two app processes${skipped}`, () => {
  let server: RedisServer
  beforeAll(async () => {
    server = await startRedisServer()
  })
  afterAll(async () => {
    await server?.stop()
  })
  const cluster = twoProcesses(() => server)

  it('should refuse the 11th failed login from one address within the window whichever process it reaches', async () => {
    const [a, b] = cluster.limiters(10)
    const attacker = newAddress()
    const ten = Array.from({ length: 10 }, (_, i): [RateLimiter, string] => [i % 2 ? b : a, attacker])
    expect(await decisions(ten)).toEqual(Array(10).fill(true))
    for (const limiter of [a, b]) {
      const refused = await limiter.consume(attacker)
      expect(refused.allowed).toBe(false)
      if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1)
      if (!refused.allowed) expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60)
    }
    expect((await b.consume(newAddress())).allowed).toBe(true)
  })

  it('should let exactly the limit through when attempts race on both processes, counting none of the refused', async () => {
    const [a, b] = cluster.limiters(10)
    const attacker = newAddress()
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? b : a).consume(attacker)))
    expect(results.filter((result) => result.allowed)).toHaveLength(10)
    expect(await cluster.clients()[0].get(`warta:login:${attacker}`)).toBe('10')
  })

  it('should see a refund made on one process from the other', async () => {
    const [a, b] = cluster.limiters(10)
    const station = newAddress()
    expect(await decisions(Array.from({ length: 11 }, (): [RateLimiter, string] => [a, station]))).toContain(false)
    await a.refund(station)
    expect(await decisions([[b, station], [b, station]])).toEqual([true, false])
  })

  it('should let the address in again once its window has passed', async () => {
    const [a, b] = cluster.limiters(2, { durationSeconds: 1 })
    const address = newAddress()
    expect(await decisions([[a, address], [b, address], [a, address]])).toEqual([true, true, false])
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect(await decisions([[b, address], [a, address], [b, address]])).toEqual([true, true, false])
  })

  it('should let everything through when the limit is 0, writing nothing to Redis', async () => {
    const [a, b] = cluster.limiters(0, { name: 'off' })
    const address = newAddress()
    expect(await decisions(Array.from({ length: 30 }, (_, i): [RateLimiter, string] => [i % 2 ? b : a, address]))).toEqual(Array(30).fill(true))
    expect(await cluster.clients()[0].keys('warta:off:*')).toEqual([])
  })

  it('should decide as one shared counter would, for any interleaving of logins and refunds on the two processes', async () => {
    const step = fc.record({ process: fc.constantFrom(0, 1), action: fc.constantFrom('consume', 'refund') })
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.array(step, { maxLength: 30 }), async (limit, steps) => {
        const processes = cluster.limiters(limit, { name: 'property' })
        const address = newAddress()
        let outstanding = 0 // attempts let through and not refunded: never above the limit
        for (const { process, action } of steps) {
          const limiter = processes[process] as RateLimiter
          if (action === 'refund') {
            // A refund follows a login that was let through and succeeded.
            if (outstanding === 0) continue
            await limiter.refund(address)
            outstanding--
            continue
          }
          const { allowed } = await limiter.consume(address)
          expect(allowed).toBe(outstanding < limit)
          if (allowed) outstanding++
        }
      }),
      { numRuns: 60 },
    )
  })
})

describe.skipIf(!installed)(`login limits when Redis goes away${skipped}`, () => {
  let server: RedisServer
  beforeAll(async () => {
    server = await startRedisServer()
  })
  afterAll(async () => {
    await server?.stop()
  })
  const cluster = twoProcesses(() => server)

  it('should keep limiting in each process while Redis is down, without failing a login, and share again once it is back', async () => {
    const [a, b] = cluster.limiters(3)
    const address = newAddress()
    expect(await decisions([[a, address], [b, address]])).toEqual([true, true])

    await server.stop()
    await vi.waitFor(() => expect(cluster.clients().map((client) => client.status)).not.toContain('ready'), { timeout: 5_000 })
    // Each process falls back on its own memory: three a minute each, counted from the outage.
    expect(await decisions([[a, address], [a, address], [a, address], [a, address]])).toEqual([true, true, true, false])
    expect(await decisions([[b, address], [b, address], [b, address], [b, address]])).toEqual([true, true, true, false])
    await expect(a.refund(address)).resolves.toBeUndefined()
    expect(await decisions([[a, address], [a, address]])).toEqual([true, false])

    // A Redis brought back (empty: nothing is saved) is shared again once the connections are ready.
    server = await startRedisServer({ port: server.port })
    await vi.waitFor(() => expect(cluster.clients().map((client) => client.status)).toEqual(['ready', 'ready']), { timeout: 10_000 })
    const later = newAddress()
    expect(await decisions([[a, later], [b, later], [a, later], [b, later]])).toEqual([true, true, true, false])
  })
})
