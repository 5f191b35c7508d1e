import type { SourceLine } from './types'

/** Lines above a headline that are never it: the genre's kickers and a letter's header. */
const KICKER = /^(?:siaran\s+pers|rilis(?:\s+(?:berita|pers|humas))?|press\s+release|berita\s+foto|untuk\s+segera\s+(?:diterbitkan|disiarkan)|for\s+immediate\s+release|nomor|no\.|lampiran|perihal|hal|tanggal)\b/iu

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length
const isAllCaps = (text: string) => /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('id-ID')
const looksLikeTitle = (line: SourceLine) => {
  const words = wordCount(line.text)
  return words >= 3 && words <= 30 && line.text.length <= 250 && !/:$/.test(line.text) && !KICKER.test(line.text)
}

/** Headlines carry a verb ("Gelar", "Ikuti", "Amankan"); a page's name or a unit's label does not. */
const VERB =
  /(?:^|\s)(?:Gelar|Ikuti|Pimpin|Buka|Tinjau|Hadiri|Kunjungi|Sambangi|Datangi|Dampingi|Awasi|Beri|Lepas|Terima|Raih|Lantik|Bahas|Ajak|Imbau|Minta|Cek|Pantau|Tutup|Jaga|Ungkap|Tangkap|Bagi|Latih|Siapkan|[A-Z][a-z]+kan|(?:Me|Ber|Di|Ter)[a-z]{4,})(?=\s|$)/u

/** Text compared as a reader compares it: case, punctuation and spacing aside. */
export const sameText = (a: string, b: string) => a.toLowerCase().replace(/[^\p{L}\d]+/gu, '') === b.toLowerCase().replace(/[^\p{L}\d]+/gu, '')

/**
 * The headline among the lines above the lead: an h1 if the page has one, else the first title-like
 * line not in capitals (capitals above a headline are a kicker: "HUMAS POLRES BLORA") that has a
 * verb (a page's name above it has none), else the longest line in capitals. Null when no line looks
 * like a headline.
 */
export const pickTitle = (candidates: SourceLine[]): number | null => {
  const h1 = candidates.findIndex((line) => line.tag === 'h1' && wordCount(line.text) >= 2)
  if (h1 >= 0) return h1
  const titleLike = candidates.map((line, index) => ({ line, index })).filter(({ line }) => looksLikeTitle(line))
  const mixed = titleLike.filter(({ line }) => !isAllCaps(line.text))
  const chosen = mixed.find(({ line }) => VERB.test(line.text)) ?? mixed[0]
  if (chosen) return chosen.index
  const capitals = [...titleLike].sort((a, b) => wordCount(b.line.text) - wordCount(a.line.text))[0]
  return capitals ? capitals.index : null
}

/** A headline made from the lead when the release has none: its first clause, at most about 100 characters. */
export const guessTitle = (lead: string): string => {
  const sentence = lead.split(/(?<=[.!?])\s+/u)[0] ?? lead
  let title = sentence.length <= 110 ? sentence : sentence.slice(0, 110).replace(/[\s,;:]+\S*$/u, '')
  title = title.replace(/[\s.,;:]+$/u, '')
  return title.charAt(0).toLocaleUpperCase('id-ID') + title.slice(1)
}
