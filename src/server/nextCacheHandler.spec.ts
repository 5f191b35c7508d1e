import { describe, expect, it } from 'vitest'

import PublicCacheHandler from './nextCacheHandler.mjs'
import { ADDITIVE_STALE_SECONDS, advancePublicGeneration, expiredSince, hardExpiredSince, publicGeneration } from './publicGeneration.mjs'
import { currentRequestTags, withRequestTags } from './requestTags.mjs'

const handler = () => new PublicCacheHandler({ maxMemoryCacheSize: 1024 * 1024, flushToDisk: false, revalidatedTags: [] })
/** A data entry as unstable_cache keeps one. */
const entry = (value: string) => ({ kind: 'FETCH', data: { headers: {}, body: value, status: 200, url: '' }, revalidate: 3600 })
const read = async (key: string, tags: string[]) => (await handler().get(key, { kind: 'FETCH', tags, softTags: [] }))?.value

describe("Next's cache handler", () => {
  it('should not keep what a request made while one of its tags expired, and keep it through the expiry of others', async () => {
    await withRequestTags(async () => {
      // The read began before the report was withdrawn; its answer comes after.
      advancePublicGeneration(['reports', 'report-slug:a'])
      await handler().set('home-list', entry('before the withdrawal'), { fetchCache: true, tags: ['reports'] })
      await handler().set('unit-names', entry('names'), { fetchCache: true, tags: ['taxonomy'] })
    })
    expect(await read('home-list', ['reports'])).toBeUndefined()
    expect(await read('unit-names', ['taxonomy'])).toMatchObject({ kind: 'FETCH' })
    // Made after the expiry: kept.
    await withRequestTags(() => handler().set('home-list', entry('after the withdrawal'), { fetchCache: true, tags: ['reports'] }))
    expect(await read('home-list', ['reports'])).toMatchObject({ data: { body: 'after the withdrawal' } })
  })

  it('should note the tags each read asks under for its request, found or not, and move the public generation on every expiry', async () => {
    const tags = await withRequestTags(async () => {
      await read('missing', ['report-slug:b', 'taxonomy'])
      return currentRequestTags()
    })
    expect([...(tags ?? [])]).toEqual(['report-slug:b', 'taxonomy'])
    const before = publicGeneration()
    await handler().revalidateTag(['reports'], { expire: 0 })
    expect(publicGeneration()).toBe(before + 2)
  })

  it("should expire Next's own entries at once after an additive change too, and record it as additive for the front cache", async () => {
    await handler().set('home-list-2', entry('before the publication'), { fetchCache: true, tags: ['reports'] })
    // Next compares its expiry with the entry's time in whole milliseconds, expired only if later.
    await new Promise((resolve) => setTimeout(resolve, 5))
    const before = publicGeneration()
    await handler().revalidateTag(['reports'], { expire: ADDITIVE_STALE_SECONDS })
    expect(await read('home-list-2', ['reports'])).toBeUndefined()
    expect([expiredSince(['reports'], before), hardExpiredSince(['reports'], before)]).toEqual([true, false])
    const after = publicGeneration()
    await handler().revalidateTag(['reports'], { expire: 0 })
    expect(hardExpiredSince(['reports'], after)).toBe(true)
  })
})
