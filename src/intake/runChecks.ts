import { checkActivityDate, checkDayNames } from './checkDates'
import { checkDoubledWords, checkLeftoverChrome, checkSummaryLength, checkTitleCase } from './checkForm'
import { checkPersonVariants, checkStandardForms, mentionsIn } from './checkPeople'
import { checkSpelling } from './checkSpelling'
import { POSITION_FORMS } from './positions'
import type { Speller } from './speller'
import type { Check, CheckedText, ReportForChecks } from './types'

export type CheckOptions = { now: Date; spell?: Speller | null }

/**
 * The checks an editor makes by hand before a report is submitted: errors (a day name that
 * contradicts its date) block submission, warnings are for the writer to weigh. Pure: the speller is
 * passed in (`loadSpeller()`); without one, a single SPELLING_SKIPPED warning says how to get it.
 */
export const runChecks = (report: ReportForChecks, { now, spell }: CheckOptions): Check[] => {
  const texts: CheckedText[] = [
    { field: 'title', text: report.title },
    { field: 'summary', text: report.summary ?? '' },
    { field: 'body', text: report.bodyText },
  ]
  const activityYear = report.activityAt ? Number(report.activityAt.slice(0, 4)) || null : null
  const dated = report.activityDateText ? [...texts, { field: 'activityAt' as const, text: report.activityDateText }] : texts
  const mentions = mentionsIn(texts)
  const structured = (report.officials ?? []).map((official) => ({
    rank: official.rank ?? null,
    name: official.name,
    field: 'officials' as const,
    excerpt: [official.rank, official.name].filter(Boolean).join(' '),
  }))
  const named = [...structured, ...mentions.map((mention) => ({ rank: mention.rank, name: mention.name, field: mention.field, excerpt: mention.text }))]
  const positions: CheckedText[] = (report.officials ?? [])
    .filter((official) => official.position && POSITION_FORMS.some(({ pattern }) => new RegExp(pattern.source).test(official.position ?? '')))
    .map((official) => ({ field: 'officials', text: official.position ?? '' }))
  const standardForms = checkStandardForms([...texts, ...positions], mentions)
  // Officials' names are not spell-checked, nor words already flagged as a non-standard form.
  const skip = new Set([
    ...named.flatMap((person) => person.name.toLowerCase().split(/\s+/)),
    ...standardForms.flatMap((check) => (/"([^"]+)"/.exec(check.message)?.[1] ?? '').toLowerCase().split(/\s+/)),
  ])
  return [
    ...checkDayNames(dated, activityYear),
    ...checkActivityDate(report.activityAt, new Date(report.createdAt), now),
    ...checkPersonVariants(named),
    ...standardForms,
    ...checkTitleCase(report.title),
    ...checkSummaryLength(report.summary),
    ...checkLeftoverChrome(report.bodyText),
    ...checkDoubledWords(texts),
    ...checkSpelling(texts, spell, skip),
  ]
}
