import { excerptAround } from './excerpt'
import type { Speller } from './speller'
import { SPELLER_MISSING_MESSAGE } from './spellerMessage'
import type { Check, CheckedText } from './types'

/** At most this many spelling findings: past that, a report needs a read, not a list. */
const LIMIT = 40
const WORD = /(?<![\p{L}\d@#/.'’-])\p{L}[\p{L}'’-]*\p{L}(?![\p{L}\d@/'’-])/gu
/** Before a word that opens a sentence (an abbreviation's dot, "Ny. Rina", does not end one). */
const SENTENCE_START = /(?:^|(?<!(?:^|\s)\p{L}{1,3})[.!?:]["”’)]?\s+|["“(]\s*)$/u

/**
 * Words the Indonesian dictionary and the newsroom list do not know, each once, with suggestions.
 * Lowercase words, and capitalised ones that open a sentence, are checked against the dictionary; a
 * capitalised word inside a sentence is a name, flagged only when it is a slip of a newsroom word
 * ("Integreted", "Polretabes"). Acronyms in capitals and the names of officials are left alone.
 * Without a dictionary, one warning says how to install it.
 */
export const checkSpelling = (texts: CheckedText[], speller: Speller | null | undefined, names: Set<string>): Check[] => {
  if (!speller) return [{ code: 'SPELLING_SKIPPED', severity: 'warning', message: SPELLER_MISSING_MESSAGE, field: 'body', excerpt: '' }]
  const checks: Check[] = []
  const seen = new Set<string>()
  for (const { field, text } of texts) {
    for (const match of text.matchAll(WORD)) {
      if (checks.length >= LIMIT) return checks
      const word = match[0].replace(/['’]$/u, '').replace(/’/gu, "'")
      const key = word.toLowerCase()
      if (seen.has(key) || names.has(key)) continue
      seen.add(key)
      const capitals = word === word.toUpperCase()
      // Acronyms, and abbreviations with their dot ("dr.", "Ny.").
      if ((capitals && word.length <= 6) || (word.length <= 3 && text.charAt(match.index + match[0].length) === '.')) continue
      if (speller.correct(word)) continue
      const opensSentence = !capitals && SENTENCE_START.test(text.slice(0, match.index))
      let suggestions: string[]
      if (/^\p{Lu}/u.test(word) && !opensSentence) {
        // A name, most likely: flagged only as the slip of a newsroom word ("Integreted", "Polretabes").
        if (word.length < 6) continue
        suggestions = speller.suggestFromNewsroom(word).slice(0, 3)
        if (!suggestions.length) continue
      } else {
        suggestions = speller.suggest(word)
      }
      checks.push({
        code: 'SPELLING',
        severity: 'warning',
        message: suggestions.length
          ? `Ejaan "${word}" tidak dikenal. Mungkin maksudnya: ${suggestions.join(', ')}.`
          : `Kata "${word}" tidak ada dalam kamus. Periksa ejaannya.`,
        field,
        excerpt: excerptAround(text, match.index, match.index + match[0].length, 30),
      })
    }
  }
  return checks
}
