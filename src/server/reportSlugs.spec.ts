import { describe, expect, it } from 'vitest'

import { setKnownReportSlugs } from './knownSlugs.mjs'
import { advancePublicGeneration, publicGeneration } from './publicGeneration.mjs'
import { reportSlugs } from './reportSlugs.mjs'

describe('known report slugs in the production server', () => {
  it('should judge a plain report slug only by a set as new as the public cache, and ask for a new one otherwise', async () => {
    let reads = 0
    // What the app's endpoint does when asked: keep the set under the generation seen before the read.
    const read = async () => {
      reads++
      // An HTTP round trip away.
      await new Promise((resolve) => setTimeout(resolve, 5))
      setKnownReportSlugs({ generation: publicGeneration(), at: Date.now(), slugs: new Set(['rakor-polda', 'vicon-lama']) })
    }
    const slugs = reportSlugs({ origin: 'http://127.0.0.1:0', read })
    advancePublicGeneration()

    // No current set: nobody is told 404, and one read is asked for, however many requests come.
    expect(slugs.knows('/berita/tidak-ada')).toBeUndefined()
    expect(slugs.knows('/berita/rakor-polda')).toBeUndefined()
    await slugs.settled()
    expect(reads).toBe(1)
    expect(slugs.knows('/berita/rakor-polda')).toBe(true)
    expect(slugs.knows('/berita/vicon-lama')).toBe(true)
    expect(slugs.knows('/berita/tidak-ada')).toBe(false)

    // Not a plain slug, or not a report path: not this module's to judge.
    for (const path of ['/berita/Rakor-Polda', '/berita/rakor_polda', '/berita/a/b', '/berita/rakor-polda/', '/tentang', '/unit/Polda-Sumsel', '/']) expect(slugs.knows(path), path).toBe(true)

    // A public change (any tag expired): the set is not used until it has been read again.
    advancePublicGeneration()
    expect(slugs.knows('/berita/tidak-ada')).toBeUndefined()
    await slugs.settled()
    expect(reads).toBe(2)
    expect(slugs.knows('/berita/tidak-ada')).toBe(false)
  })

  it('should judge the section pages (unit, category, tag, with their pages and feeds) by their own sets', async () => {
    const read = async () =>
      setKnownReportSlugs({
        generation: publicGeneration(),
        at: Date.now(),
        slugs: new Set(['rakor-polda']),
        sections: { unit: new Set(['polda-sumsel']), kategori: new Set(['rakor']), tag: new Set(['mudik']) },
      })
    const slugs = reportSlugs({ origin: 'http://127.0.0.1:0', read })
    advancePublicGeneration()
    expect(slugs.knows('/unit/tidak-ada')).toBeUndefined()
    await slugs.settled()
    for (const path of ['/unit/polda-sumsel', '/unit/polda-sumsel/2', '/unit/polda-sumsel/feed.xml', '/kategori/rakor', '/tag/mudik/atom.xml']) expect(slugs.knows(path), path).toBe(true)
    for (const path of ['/unit/tidak-ada', '/unit/tidak-ada/feed.xml', '/kategori/mudik', '/tag/rakor', '/tag/polda-sumsel/2']) expect(slugs.knows(path), path).toBe(false)
    // A set read before sections were kept says nothing about them.
    setKnownReportSlugs({ generation: publicGeneration(), at: Date.now(), slugs: new Set(['rakor-polda']) })
    expect(slugs.knows('/unit/tidak-ada')).toBeUndefined()
  })

  it('should send every report request to Next for a while when the set cannot be read', async () => {
    let reads = 0
    const slugs = reportSlugs({ origin: 'http://127.0.0.1:0', read: async () => void reads++ })
    advancePublicGeneration()
    const stderr = process.stderr.write
    process.stderr.write = () => true
    try {
      expect(slugs.knows('/berita/tidak-ada')).toBeUndefined()
      await slugs.settled()
      // The read resolved without keeping a set: still nothing to judge by.
      expect(slugs.knows('/berita/tidak-ada')).toBeUndefined()
      await slugs.settled()
      const failing = reportSlugs({ origin: 'http://127.0.0.1:0', read: async () => Promise.reject(new Error('503')) })
      expect(failing.knows('/berita/x')).toBeUndefined()
      await failing.settled()
      expect(failing.knows('/berita/x')).toBeUndefined()
    } finally {
      process.stderr.write = stderr
    }
    expect(reads).toBe(2)
  })
})
