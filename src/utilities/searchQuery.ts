const MAX_TOKENS = 8
const MAX_QUERY = 120

const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()

/** The words of a reader's query: folded to lower-case ASCII, at least two characters, at most eight. */
export const queryTokens = (query: string): string[] => {
  const words = fold(query.slice(0, MAX_QUERY)).match(/[a-z0-9]{2,}/g) ?? []
  return [...new Set(words)].slice(0, MAX_TOKENS)
}

const occurrences = (haystack: string, needle: string): number => {
  let count = 0
  for (let i = haystack.indexOf(needle); i !== -1 && count < 20; i = haystack.indexOf(needle, i + needle.length)) count++
  return count
}

export type Scorable = { title: string; summary?: string | null; searchText?: string | null; publishedAt: string }

/**
 * How well a report matches: a word in the headline counts most, then in the summary, then anywhere
 * (officials, venue, body); whole-phrase matches in the headline count extra. Pure.
 */
export const relevance = (tokens: string[], report: Scorable, phrase?: string): number => {
  const title = fold(report.title)
  const summary = fold(report.summary ?? '')
  const text = fold(report.searchText ?? '')
  let score = 0
  for (const token of tokens) {
    score += 8 * Math.min(occurrences(title, token), 2) + 4 * Math.min(occurrences(summary, token), 2) + Math.min(occurrences(text, token), 10)
  }
  if (phrase && tokens.length > 1 && title.includes(fold(phrase).trim())) score += 10
  return score
}

/** The longest query read; the rest is ignored. */
export const MAX_QUERY_LENGTH = 120
const MAX_PAGE = 1000

/**
 * A reader's query and page as the search page reads them: spaces collapsed and trimmed, at most
 * MAX_QUERY_LENGTH characters, a page from 1 to 1000 (anything else is page 1). Equal searches are
 * then one cached page (src/proxy.ts rewrites /cari?q= to it).
 */
export const normaliseSearch = (q: string | null | undefined, halaman: string | null | undefined): { q: string; page: number } => {
  const query = (q ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim()
  const requested = Number(halaman || 1)
  return { q: query, page: Number.isInteger(requested) && requested >= 1 && requested <= MAX_PAGE ? requested : 1 }
}
