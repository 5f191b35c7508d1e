import { describe, expect, it } from 'vitest'

import { previousSlugsAfter } from './changes'

describe('previousSlugsAfter', () => {
  it('should keep the slug the public knew when a revision changes it', () => {
    expect(previousSlugsAfter('rakor-lama', { slug: 'rakor-baru', previousSlugs: [] })).toEqual(['rakor-lama'])
    expect(previousSlugsAfter('rakor-2', { slug: 'rakor-3', previousSlugs: ['rakor-1'] })).toEqual(['rakor-1', 'rakor-2'])
  })

  it('should change nothing when the slug stays, and drop a slug that comes back', () => {
    expect(previousSlugsAfter('rakor', { slug: 'rakor', previousSlugs: ['awal'] })).toEqual(['awal'])
    expect(previousSlugsAfter('rakor-baru', { slug: 'rakor-lama', previousSlugs: ['rakor-lama'] })).toEqual(['rakor-baru'])
    expect(previousSlugsAfter(null, { slug: 'pertama' })).toEqual([])
  })
})
