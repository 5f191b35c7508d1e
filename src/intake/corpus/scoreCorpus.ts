import { seedActivityTypes } from '@/seed/data/taxonomy'

import { parseRelease } from '../parseRelease'
import type { ActivityTypeTerm, ParsedRelease } from '../types'
import type { CorpusRelease } from './loadCorpus'

/** The seeded vocabulary, with its slugs as ids, as a unit would pass it. */
export const CORPUS_ACTIVITY_TYPES: ActivityTypeTerm[] = seedActivityTypes.map(({ slug, name }) => ({ id: slug, name, slug }))

export const FIELDS = ['title', 'datelineCity', 'activityAt', 'activityType', 'venue', 'officials'] as const
export type ScoredField = (typeof FIELDS)[number]

/** Counts for precision (correct / given) and recall (correct / expected). */
export type Tally = { correct: number; given: number; expected: number }

export type CorpusScore = {
  fields: Record<ScoredField, Tally>
  /** Expected chrome lines found in the body, captions or headline, by release. */
  chromeLeft: { id: string; line: string }[]
  /** Expected warnings not given, by release. */
  missingWarnings: { id: string; code: string }[]
  /** Every miss, for a person to read. */
  misses: { id: string; field: ScoredField; expected: unknown; got: unknown }[]
}

const loose = (text: string) => text.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim()

const parse = (release: CorpusRelease): ParsedRelease =>
  parseRelease(release.input, { activityTypes: CORPUS_ACTIVITY_TYPES, timeZone: release.timeZone, now: release.now })

/** Scores intake against the corpus: per field, per release, and the chrome left behind. */
export const scoreCorpus = (releases: CorpusRelease[]): CorpusScore => {
  const fields = Object.fromEntries(FIELDS.map((field) => [field, { correct: 0, given: 0, expected: 0 }])) as Record<ScoredField, Tally>
  const score: CorpusScore = { fields, chromeLeft: [], missingWarnings: [], misses: [] }
  for (const release of releases) {
    const { fields: got, warnings } = parse(release)
    const { expected } = release
    const guessedTitle = warnings.some((warning) => warning.code === 'GUESSED_TITLE')
    const single: [ScoredField, string | null, string | null, (a: string, b: string) => boolean][] = [
      ['title', expected.title, guessedTitle ? null : got.title, (a, b) => a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ')],
      ['datelineCity', expected.datelineCity, got.datelineCity, (a, b) => a === b],
      ['activityAt', expected.activityAt, got.activityAt, (a, b) => a === b],
      ['activityType', expected.activityType, got.activityType === null ? null : String(got.activityType), (a, b) => a === b],
      ['venue', expected.venue, got.venue, (a, b) => loose(a) === loose(b)],
    ]
    for (const [field, want, have, same] of single) {
      const tally = fields[field]
      if (want !== null) tally.expected += 1
      if (have !== null) tally.given += 1
      if (want !== null && have !== null && same(want, have)) tally.correct += 1
      else if (want !== have) score.misses.push({ id: release.id, field, expected: want, got: have })
    }
    const key = (official: { rank: string | null; name: string }) => `${official.rank ?? ''}|${official.name}`
    const wanted = new Set(expected.officials.map(key))
    const given = [...new Set(got.officials.map(key))]
    const matched = given.filter((official) => wanted.has(official))
    fields.officials.expected += wanted.size
    fields.officials.given += given.length
    fields.officials.correct += matched.length
    if (matched.length !== wanted.size || matched.length !== given.length) {
      score.misses.push({ id: release.id, field: 'officials', expected: [...wanted], got: given })
    }
    // A chrome line is left when a kept paragraph is that line, or holds it (a long line, pasted inside one).
    const kept = [got.title, ...got.bodyParagraphs, ...got.captions].map(loose)
    for (const line of expected.chrome.map(loose)) {
      if (kept.some((text) => text === line || (line.length >= 25 && text.includes(line)))) score.chromeLeft.push({ id: release.id, line })
    }
    for (const code of expected.warnings ?? []) {
      if (!warnings.some((warning) => warning.code === code)) score.missingWarnings.push({ id: release.id, code })
    }
  }
  return score
}

export const precision = ({ correct, given }: Tally) => (given ? correct / given : 1)
export const recall = ({ correct, expected }: Tally) => (expected ? correct / expected : 1)
