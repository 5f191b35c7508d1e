import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hardExpiredSince, publicGeneration } from '@/server/publicGeneration.mjs'
import { listenForExpiries, stopListening } from '@/server/sharedExpiry.mjs'
import { type RedisServer, redisServerInstalled, startRedisServer } from '@/testing/redisServer'

const installed = redisServerInstalled()
const skipped = installed ? '' : ' (skipped: redis-server is not installed; apt-get install redis-server)'

describe.skipIf(!installed)(`shared expiry through a real Redis${skipped}`, () => {
  let redis: RedisServer
  const saved = process.env.REDIS_URL

  beforeAll(async () => {
    redis = await startRedisServer()
    process.env.REDIS_URL = redis.url
    await listenForExpiries()
  })
  afterAll(async () => {
    stopListening()
    await redis?.stop()
    if (saved === undefined) delete process.env.REDIS_URL
    else process.env.REDIS_URL = saved
  })

  it('should expire every public tag here, hard, once subscribed again after Redis went away (it may have missed expiries)', async () => {
    const before = publicGeneration()
    await redis.stop()
    // Nothing was missed yet that this process could know of: nothing expires while Redis is away.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(publicGeneration()).toBe(before)
    redis = await startRedisServer({ port: redis.port })
    const deadline = Date.now() + 10_000
    while (!hardExpiredSince(['reports'], before) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(['reports', 'taxonomy', 'corrections', 'related'].map((tag) => hardExpiredSince([tag], before))).toEqual([true, true, true, true])
  })
})
