import { describe, expect, it } from 'vitest'

import { EVERY_PUBLIC_CHANGE } from '@/server/requestTags.mjs'

import { CACHE_TAGS } from './cacheTags'

describe('cache tags', () => {
  it('should name, for an answer that read nothing tagged, every shared tag a public change expires', () => {
    // The production server keeps no import outside src/server, so it names them itself.
    expect([...EVERY_PUBLIC_CHANGE].sort()).toEqual(Object.values(CACHE_TAGS).sort())
  })
})
