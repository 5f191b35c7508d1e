import { describe, expect, it } from 'vitest'

import { queryTokens, relevance } from './searchQuery'

describe('queryTokens', () => {
  it('should fold case and accents, drop one-letter words and duplicates, and stop at eight words', () => {
    expect(queryTokens('  Rakor PENGAMANAN rakor di Café a ')).toEqual(['rakor', 'pengamanan', 'di', 'cafe'])
    expect(queryTokens('satu dua tiga empat lima enam tujuh delapan sembilan')).toHaveLength(8)
    expect(queryTokens('%\' OR 1=1 --')).toEqual(['or'])
    expect(queryTokens('')).toEqual([])
  })
})

describe('relevance', () => {
  const at = '2026-11-01T00:00:00Z'
  it('should rank a headline match above a summary match above a body match', () => {
    const tokens = queryTokens('narkoba')
    const inTitle = relevance(tokens, { title: 'Sosialisasi Bahaya Narkoba', summary: 'x', searchText: 'narkoba', publishedAt: at })
    const inSummary = relevance(tokens, { title: 'Sosialisasi', summary: 'tentang narkoba', searchText: 'narkoba', publishedAt: at })
    const inBody = relevance(tokens, { title: 'Sosialisasi', summary: 'x', searchText: 'narkoba', publishedAt: at })
    expect(inTitle).toBeGreaterThan(inSummary)
    expect(inSummary).toBeGreaterThan(inBody)
    expect(inBody).toBeGreaterThan(0)
  })
})
