import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { TimeZone } from '@/constants/collections'

import type { ReleaseInput } from '../types'

/** What a corpus release must be read as. Null means the release does not say it. */
export type ExpectedFields = {
  /** Null: the release has no headline, and intake must say it guessed one. */
  title: string | null
  datelineCity: string | null
  activityAt: string | null
  /** The slug of the activity type. */
  activityType: string | null
  venue: string | null
  officials: { rank: string; name: string }[]
  /** Lines of site chrome that must not be left in the body. */
  chrome: string[]
  /** Warning codes intake must give. */
  warnings?: string[]
}

export type CorpusRelease = { id: string; notes: string; timeZone: TimeZone; now: Date; input: ReleaseInput; expected: ExpectedFields }

/** Where the corpus lives, from the repository's root (scripts and tests run there). */
export const CORPUS_DIR = path.join(process.cwd(), 'src', 'intake', 'corpus')

/**
 * The corpus: one file per release, a JSON header (notes, unit time zone, the date it was pasted, input
 * format, expected fields), a line of "=====", then the release exactly as pasted.
 */
export const loadCorpus = (dir = CORPUS_DIR): CorpusRelease[] =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(dir, file), 'utf8')
      const split = raw.indexOf('\n=====\n')
      if (split < 0) throw new Error(`${file}: no "=====" line after the header`)
      const header = JSON.parse(raw.slice(0, split)) as { notes: string; timeZone: TimeZone; now: string; format: 'text' | 'html'; expected: ExpectedFields }
      const body = raw.slice(split + '\n=====\n'.length)
      return {
        id: file.replace(/\.txt$/, ''),
        notes: header.notes,
        timeZone: header.timeZone,
        now: new Date(header.now),
        input: header.format === 'html' ? { html: body } : { text: body },
        expected: header.expected,
      }
    })
