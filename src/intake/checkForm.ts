import { chromeKind } from './chromePatterns'
import { excerptAround } from './excerpt'
import { SUMMARY_MAX, SUMMARY_MIN } from './summary'
import type { Check, CheckedText } from './types'

/** A headline in capitals ("POLRES BLORA GELAR RAKOR"). */
export const checkTitleCase = (title: string): Check[] => {
  const words = title.split(/\s+/).filter((word) => /\p{L}{2}/u.test(word))
  if (words.length < 3 || title !== title.toLocaleUpperCase('id-ID')) return []
  return [{ code: 'TITLE_ALL_CAPS', severity: 'warning', message: 'Judul ditulis dengan huruf kapital semua. Gunakan huruf kapital di awal kata saja.', field: 'title', excerpt: title }]
}

/** A summary shorter than 50 or longer than 300 characters. */
export const checkSummaryLength = (summary: string | null): Check[] => {
  const length = (summary ?? '').trim().length
  if (length < SUMMARY_MIN) {
    return [{ code: 'SUMMARY_TOO_SHORT', severity: 'warning', message: `Ringkasan terlalu pendek (${length} karakter); minimal ${SUMMARY_MIN} karakter.`, field: 'summary', excerpt: summary ?? '' }]
  }
  if (length > SUMMARY_MAX) {
    return [{ code: 'SUMMARY_TOO_LONG', severity: 'warning', message: `Ringkasan terlalu panjang (${length} karakter); maksimal ${SUMMARY_MAX} karakter.`, field: 'summary', excerpt: `${(summary ?? '').slice(0, 80)}…` }]
  }
  return []
}

const INLINE_CHROME = /(?:Baca\s+juga|Simak\s+juga|Baca\s+pula)\s*:/iu

/** Lines of a web page's chrome left in the body ("Share", "0 comments", "Baca juga: ..."). */
export const checkLeftoverChrome = (bodyText: string): Check[] =>
  bodyText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && (chromeKind(line) !== null || INLINE_CHROME.test(line)))
    .map((line) => ({
      code: 'CHROME_IN_BODY',
      severity: 'warning',
      message: 'Isi berita memuat sisa tampilan situs lain (tombol bagikan, komentar, "Baca juga", dan sejenisnya). Hapus baris ini.',
      field: 'body',
      excerpt: line.length > 120 ? `${line.slice(0, 120)}…` : line,
    }))

const DOUBLED = /(?<![\p{L}-])(\p{L}{2,})\s+\1(?![\p{L}-])/giu

/** A word written twice in a row ("yang yang"). */
export const checkDoubledWords = (texts: CheckedText[]): Check[] =>
  texts.flatMap(({ field, text }) =>
    [...text.matchAll(DOUBLED)].map((match) => ({
      code: 'DOUBLED_WORD',
      severity: 'warning' as const,
      message: `Kata "${match[1]}" tertulis dua kali berturut-turut.`,
      field,
      excerpt: excerptAround(text, match.index, match.index + match[0].length, 25),
    })),
  )
