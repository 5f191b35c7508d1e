import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { currentRequestTags, noteTags, surrogateKey, withRequestTags } from './requestTags.mjs'

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the cache tags of a request', () => {
  it('should keep each request its own tags, however concurrent requests interleave their reads', async () => {
    const note = fc.record({ request: fc.nat(3), tag: fc.constantFrom('reports', 'taxonomy', 'corrections', 'report-slug:a', 'report-slug:b'), delay: fc.nat(3) })
    await fc.assert(
      fc.asyncProperty(fc.array(note, { maxLength: 20 }), async (notes) => {
        const seen = await Promise.all(
          [0, 1, 2, 3].map((request) =>
            withRequestTags(async (tags) => {
              for (const { tag, delay } of notes.filter((each) => each.request === request)) {
                await tick(delay)
                noteTags([tag])
              }
              expect(currentRequestTags()).toBe(tags)
              return [...tags].sort()
            }),
          ),
        )
        for (const request of [0, 1, 2, 3]) expect(seen[request]).toEqual([...new Set(notes.filter((each) => each.request === request).map((each) => each.tag))].sort())
      }),
      { numRuns: 50 },
    )
  })

  it("should read Next's header form, leave out its implicit path tags, and do nothing outside a request", () => {
    noteTags(['reports'])
    expect(currentRequestTags()).toBeUndefined()
    const tags = withRequestTags((current) => {
      noteTags('_N_T_/layout,_N_T_/berita/a,report-slug:a, taxonomy')
      noteTags([42, '', 'reports'])
      return current
    })
    expect([...tags]).toEqual(['report-slug:a', 'taxonomy', 'reports'])
    expect(surrogateKey(tags)).toBe('report-slug:a taxonomy reports')
    expect(surrogateKey([])).toBeUndefined()
    // A header value carries no control characters or spaces inside a key.
    expect(surrogateKey(['ok', 'bad key', 'bad\nkey'])).toBe('ok')
  })
})
