import { describe, expect, it } from 'vitest'

import { runChecks } from '@/intake/runChecks'

import { seedReports } from './data/reports'

/** The seed submits and publishes its demo reports: none may carry an error that holds a submit. */
describe('demo reports and the checks before submit', () => {
  it('should find no error (a day name that contradicts its date) in any demo report', () => {
    const errors = seedReports.flatMap((report) =>
      runChecks(
        {
          title: report.title,
          summary: report.summary,
          activityAt: report.activityAt,
          activityDateText: null,
          bodyText: report.body.map((block) => ('text' in block ? block.text : block.items.join('\n'))).join('\n'),
          officials: report.officials,
          createdAt: report.activityAt,
        },
        { now: new Date('2026-12-01T00:00:00Z'), spell: null },
      )
        .filter((check) => check.severity === 'error')
        .map((check) => `${report.key}: ${check.message}`),
    )
    expect(errors).toEqual([])
  })
})
