import { describe, expect, it } from 'vitest'

import { searchQueryOf, searchResultsPath } from '@/constants/routes'

import { normaliseSearch, queryTokens, relevance } from './searchQuery'

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

describe('normaliseSearch', () => {
  it('should collapse and trim spaces, cut at 120 characters and read the page from 1 to 1000', () => {
    expect(normaliseSearch('  rakor   Polda\tSumsel \n', '2')).toEqual({ q: 'rakor Polda Sumsel', page: 2 })
    expect(normaliseSearch(`${'a'.repeat(119)} b`, null).q).toBe('a'.repeat(119))
    for (const halaman of ['0', '-1', '1.5', '1001', 'dua', '']) expect(normaliseSearch('x', halaman).page).toBe(1)
    expect(normaliseSearch(null, '3')).toEqual({ q: '', page: 3 })
  })

  it('should carry any query through the cached results path unchanged', () => {
    for (const q of ['rakor', '100% aman/tertib?', 'Kapolda 👮 𝐁𝐢𝐧𝐭𝐚𝐧𝐠', '../../admin', 'a+b&c=d#e']) {
      const path = searchResultsPath(q, 4)
      expect(path).toMatch(/^\/cari\/hasil\/[A-Za-z0-9_-]+\/4$/)
      expect(searchQueryOf(path.split('/')[3]!)).toBe(q)
    }
  })
})
