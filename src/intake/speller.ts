import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import nspell from 'nspell'

import { editDistance } from './editDistance'

/** A spelling dictionary: whether a word is known, and the likeliest intended words when it is not. */
export type Speller = {
  correct: (word: string) => boolean
  suggest: (word: string) => string[]
  /** Words of the newsroom list (ranks, units, acronyms) close to a word: how a slip in a name is caught. */
  suggestFromNewsroom: (word: string) => string[]
}

/** Where Debian's hunspell-id puts the Indonesian dictionary. */
export const HUNSPELL_DIR = '/usr/share/hunspell'

export { SPELLER_MISSING_MESSAGE } from './spellerMessage'

/** The newsroom word list beside this file; from the repository's root when bundled elsewhere. */
const newsroomWords = (): string[] => {
  const candidates = [path.join(process.cwd(), 'src', 'intake', 'newsroomWords.txt')]
  try {
    candidates.unshift(fileURLToPath(new URL('./newsroomWords.txt', import.meta.url)))
  } catch {
    // Not a file URL (a bundle): the repository's copy is used.
  }
  const file = candidates.find((candidate) => existsSync(candidate))
  if (!file) return []
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
}

const CLITICS = /(?:nya|lah|kah|pun|ku|mu)$/u
const PROCLITICS = /^(?:ku|kau)(?=\p{L}{3})/u
const SUFFIXES = ['kannya', 'annya', 'inya', 'kan', 'an', 'i', 'nya']
/** Prefixes and the first letter a nasal prefix swallowed ("menyampaikan" is me- + "sampai" + -kan). */
const PREFIXES: [string, string[]][] = [
  ['memper', ['', 'p']], ['diper', ['']], ['ber', ['']], ['ter', ['']], ['per', ['']], ['di', ['']], ['ke', ['']], ['se', ['']],
  ['meng', ['', 'k']], ['meny', ['s']], ['mem', ['', 'p', 'b']], ['men', ['', 't']], ['me', ['']],
  ['peng', ['', 'k']], ['peny', ['s']], ['pem', ['', 'p', 'b']], ['pen', ['', 't']], ['pe', ['']], ['be', ['']],
]

/**
 * The stems a derived word may come from: Debian's dictionary marks few words with the affixes
 * releases use ("digelar", "disiagakan", "kedisiplinan" are not in it), so a word whose stem is
 * known, under one prefix and a suffix, is taken as known.
 */
const stems = (word: string): string[] => {
  const bases = [word, ...SUFFIXES.filter((suffix) => word.endsWith(suffix)).map((suffix) => word.slice(0, -suffix.length))]
  const out: string[] = []
  for (const base of bases) {
    for (const [prefix, restored] of PREFIXES) {
      if (!base.startsWith(prefix)) continue
      for (const letter of restored) {
        const stem = letter + base.slice(prefix.length)
        if (stem.length >= 4) out.push(stem)
      }
    }
    if (base !== word && base.length >= 4) out.push(base)
  }
  return out
}

/** Slips Indonesian writers make, tried one or two at a time: f/v/p, e/i, o/u, "-isir" for "-isasi". */
const REWRITES: [RegExp, string][] = [
  [/f/g, 'v'], [/v/g, 'f'], [/f/g, 'p'], [/p/g, 'f'], [/e/g, 'i'], [/i/g, 'e'], [/o/g, 'u'], [/u/g, 'o'],
  [/isir$/g, 'isasi'], [/ir$/g, 'asi'], [/tip$/g, 'tif'], [/ph/g, 'f'], [/kh/g, 'k'], [/dz/g, 'z'], [/(\p{L})\1/gu, '$1'],
]

const rewrites = (word: string): string[] => {
  const out: string[] = []
  for (const [pattern, replacement] of REWRITES) {
    for (const match of word.matchAll(pattern)) {
      const replaced = match[0].replace(new RegExp(pattern.source, pattern.flags.replace('g', '')), replacement)
      out.push(word.slice(0, match.index) + replaced + word.slice(match.index + match[0].length))
    }
  }
  return out
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz'
const edits1 = (word: string): string[] => {
  const out: string[] = []
  for (let i = 0; i <= word.length; i += 1) {
    const [left, right] = [word.slice(0, i), word.slice(i)]
    if (right) out.push(left + right.slice(1))
    if (right.length > 1) out.push(left + right.charAt(1) + right.charAt(0) + right.slice(2))
    for (const letter of ALPHABET) {
      if (right) out.push(left + letter + right.slice(1))
      out.push(left + letter + right)
    }
  }
  return out
}

/** The case of the written word on a suggestion ("Integreted" -> "Integrated"). */
const inCaseOf = (written: string, word: string) => {
  if (written === written.toUpperCase() && written.length > 1) return word.toUpperCase()
  if (/^\p{Lu}/u.test(written)) return word.charAt(0).toUpperCase() + word.slice(1)
  return word
}

const makeSpeller = (aff: Buffer, dic: Buffer, extra: string[]): Speller => {
  const dictionary = nspell(aff, dic)
  for (const word of extra) {
    dictionary.add(word)
    dictionary.add(word.toLowerCase())
  }
  const newsroom = extra.map((word) => word.toLowerCase())
  const known = new Map<string, boolean>()
  const check = (word: string): boolean => {
    let result = known.get(word)
    if (result === undefined) {
      const lower = word.toLowerCase()
      const bare = lower.replace(CLITICS, '').replace(PROCLITICS, '')
      result =
        dictionary.correct(word) ||
        dictionary.correct(lower) ||
        (bare.length >= 3 && bare !== lower && (dictionary.correct(bare) || dictionary.correct(lower.replace(CLITICS, '')))) ||
        stems(lower).some((stem) => dictionary.correct(stem)) ||
        // "se-Bali", "se-Indonesia": the prefix before a name.
        /^se-\p{Lu}/u.test(word) ||
        (word.includes('-') && word.split('-').every((part) => part.length > 0 && check(part)))
      known.set(word, result)
    }
    return result
  }
  const fromNewsroom = (word: string): string[] => {
    const lower = word.toLowerCase()
    const limit = lower.length >= 8 ? 2 : 1
    return newsroom
      .map((candidate) => ({ candidate, distance: editDistance(lower, candidate, limit) }))
      .filter(({ distance }) => distance > 0 && distance <= limit)
      .sort((a, b) => a.distance - b.distance)
      .map(({ candidate }) => inCaseOf(word, candidate))
  }
  const suggestions = new Map<string, string[]>()
  const suggest = (word: string): string[] => {
    const cached = suggestions.get(word)
    if (cached) return cached
    const lower = word.toLowerCase()
    const found = new Set<string>(fromNewsroom(word).map((candidate) => candidate.toLowerCase()))
    for (const once of rewrites(lower)) {
      if (check(once)) found.add(once)
      else for (const twice of rewrites(once)) if (check(twice)) found.add(twice)
    }
    if (found.size < 3 && lower.length <= 20) for (const edit of edits1(lower)) if (edit.length > 1 && check(edit)) found.add(edit)
    // A word the dictionary holds as it is before one it only accepts by a clitic ("kuuntuk").
    const direct = (candidate: string) => (dictionary.correct(candidate) ? 0 : 1)
    const result = [...found]
      .filter((candidate) => !PROCLITICS.test(candidate) || PROCLITICS.test(lower))
      .map((candidate, order) => ({ candidate, order, rank: direct(candidate) }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .slice(0, 3)
      .map(({ candidate }) => inCaseOf(word, candidate))
    suggestions.set(word, result)
    return result
  }
  return { correct: check, suggest, suggestFromNewsroom: fromNewsroom }
}

const loaded = new Map<string, Speller | null>()

/**
 * The Indonesian speller (Debian's hunspell-id read with nspell, plus the newsroom word list), loaded
 * once per process (about half a second). Null when the dictionary is not installed: the spelling
 * check is then skipped with SPELLER_MISSING_MESSAGE.
 */
export const loadSpeller = (dir: string = process.env.HUNSPELL_DIR || HUNSPELL_DIR): Speller | null => {
  if (loaded.has(dir)) return loaded.get(dir) ?? null
  const aff = path.join(dir, 'id_ID.aff')
  const dic = path.join(dir, 'id_ID.dic')
  const speller = existsSync(aff) && existsSync(dic) ? makeSpeller(readFileSync(aff), readFileSync(dic), newsroomWords()) : null
  loaded.set(dir, speller)
  return speller
}
