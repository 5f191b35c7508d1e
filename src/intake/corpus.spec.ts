import { describe, expect, it } from 'vitest'

import { loadCorpus } from './corpus/loadCorpus'
import { precision, recall, scoreCorpus } from './corpus/scoreCorpus'

const releases = loadCorpus()
const score = scoreCorpus(releases)

/** The targets: a drop below them fails here, before it reaches the bench's figures. */
describe('the intake corpus', () => {
  it('should hold at least 40 releases, in WIB, WITA and WIT, as text and as HTML', () => {
    expect(releases.length).toBeGreaterThanOrEqual(40)
    expect(new Set(releases.map((release) => release.timeZone))).toEqual(new Set(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']))
    expect(releases.some((release) => release.input.html)).toBe(true)
  })

  it.each(['title', 'datelineCity', 'activityAt'] as const)('should read %s with precision and recall of at least 95%%', (field) => {
    expect(precision(score.fields[field])).toBeGreaterThanOrEqual(0.95)
    expect(recall(score.fields[field])).toBeGreaterThanOrEqual(0.95)
  })

  it('should read officials (rank and name exact) with precision and recall of at least 90%', () => {
    expect(precision(score.fields.officials)).toBeGreaterThanOrEqual(0.9)
    expect(recall(score.fields.officials)).toBeGreaterThanOrEqual(0.9)
  })

  it('should leave no chrome line in a body, and give every warning a release expects', () => {
    expect(score.chromeLeft).toEqual([])
    expect(score.missingWarnings).toEqual([])
  })
})
