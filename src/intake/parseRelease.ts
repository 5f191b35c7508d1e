import { readActivityDate } from './activityDate'
import { readActivityType } from './activityType'
import { isCaption } from './captions'
import { chromeReader } from './chrome'
import { textLines } from './cleanText'
import { readDateline, type Dateline } from './dateline'
import { htmlLines } from './htmlLines'
import { intakeWarning } from './messages'
import { findOfficialMentions, findSignatureMentions } from './officials'
import { mergeOfficials } from './people'
import { closingStamp, readStamp, type Stamp } from './relativeDays'
import { makeSummary } from './summary'
import { guessTitle, pickTitle, sameText } from './title'
import type { IntakeWarning, ParseContext, ParsedRelease, ReleaseInput, SourceLine } from './types'
import { guessVenue, readVenue } from './venue'

/** A template's fact line above the lead: "Hari/Tanggal : Kamis, 14 September 2023", "Tempat : Aula ...". */
const FACT = /^(?:hari\s*\/\s*tanggal|hari\s*,?\s*tanggal|hari|tanggal|tgl\.?|waktu|jam|pukul|tempat|lokasi|kegiatan|acara|agenda)\s*[:：]/iu

/** Chrome that stamps a page with its date: "Kamis, 16 November 2023 | 07:45 WIB", "Diposting: ...", "Oleh Redaksi — 05/07/2023". */
const STAMP_KINDS = new Set(['timestamp', 'updated', 'byline'])
/** A line above the headline longer than this is not a page's date stamp. */
const STAMP_MAX = 80

/**
 * The date the page or document gives itself, for relative days: the first date stamp of the page
 * (site chrome, or a short dated line above the lead), else a letter's closing "Place, date" line.
 */
const publicationStamp = (pageStamps: { at: number; text: string }[], body: string[]): Stamp | null => {
  for (const { text } of [...pageStamps].sort((a, b) => a.at - b.at)) {
    const stamp = readStamp(text)
    if (stamp) return stamp
  }
  for (const line of body) {
    const stamp = closingStamp(line)
    if (stamp) return stamp
  }
  return null
}

/** How far down the lead's dateline is looked for. */
const LEAD_SEARCH = 15

const words = (text: string) => text.split(/\s+/).filter(Boolean).length
/** A paragraph of prose, not a headline: a full sentence of some length, or long. */
const isParagraph = (text: string) => (/[.!?"”]$/u.test(text) && words(text) >= 8) || words(text) >= 25

/** The lead: the first line opening with a dateline, else the first paragraph of prose, else the second line. */
const findLead = (lines: SourceLine[]): { index: number; dateline: Dateline | null } | null => {
  for (const [index, line] of lines.slice(0, LEAD_SEARCH).entries()) {
    const dateline = readDateline(line.text)
    if (!dateline) continue
    if (dateline.rest.length >= 40) return { index, dateline }
    // A dateline alone on its line: the lead is the next line.
    if (!dateline.rest && index + 1 < lines.length) return { index, dateline }
  }
  const index = lines.findIndex((line) => isParagraph(line.text))
  if (index >= 0) return { index, dateline: null }
  // Short lines only (a brief message): the first is the headline if there is another to be the lead.
  if (!lines.length) return null
  return { index: lines.length > 1 ? 1 : 0, dateline: null }
}

const empty = (removed: string[], captions: string[]): ParsedRelease => ({
  fields: {
    title: '', datelineCity: null, activityAt: null, activityDateText: null, activityType: null, venue: null,
    officials: [], summary: '', bodyParagraphs: [], captions,
  },
  removed,
  warnings: [intakeWarning('EMPTY_INPUT')],
})

/**
 * A pasted release (plain text, or HTML from a web page) read into a report's fields, with the
 * lines taken out as site chrome and a warning for every field that was guessed or not found.
 * Pure: the unit's vocabulary, time zone and clock come in `context`.
 */
export const parseRelease = (input: ReleaseInput, context: ParseContext): ParsedRelease => {
  const source: SourceLine[] = input.html?.trim()
    ? htmlLines(input.html)
    : textLines(input.text ?? '').map((text) => ({ text, tag: null }))
  // Removed lines are reported in the order they were pasted.
  const removedAt: { at: number; text: string }[] = []
  const pageStamps: { at: number; text: string }[] = []
  const captions: string[] = []
  const content: (SourceLine & { at: number })[] = []
  const readChrome = chromeReader()
  for (const [at, line] of source.entries()) {
    if (!line.chrome && isCaption(line.text, line.tag)) {
      captions.push(line.text)
      readChrome('')
      continue
    }
    const verdict = readChrome(line.text, line.chrome)
    if (verdict.chrome) {
      removedAt.push({ at, text: line.text })
      if (STAMP_KINDS.has(verdict.kind)) pageStamps.push({ at, text: line.text })
      continue
    }
    if (verdict.cut) removedAt.push({ at, text: verdict.cut })
    content.push({ text: verdict.text, tag: line.tag, at })
  }
  const removedInOrder = () => removedAt.sort((a, b) => a.at - b.at).map(({ text }) => text)
  const lead = findLead(content)
  if (!lead) {
    for (const line of content) removedAt.push(line)
    return empty(removedInOrder(), captions)
  }

  const warnings: IntakeWarning[] = []
  // Above the lead: the headline, kickers and a site's leftovers, and a template's fact lines
  // ("Hari/Tanggal : ...", "Tempat : ..."), which are the writer's and stay in the body.
  const facts = content.slice(0, lead.index).filter((line) => FACT.test(line.text)).map((line) => line.text)
  const header = content.slice(0, lead.index).filter((line) => !FACT.test(line.text))
  const titleIndex = pickTitle(header)
  for (const [index, line] of header.entries()) {
    if (index === titleIndex) continue
    removedAt.push(line)
    if (line.text.length <= STAMP_MAX) pageStamps.push(line)
  }

  const leadLine = content[lead.index]?.text ?? ''
  const standalone = lead.dateline !== null && lead.dateline.rest === ''
  const leadText = lead.dateline ? lead.dateline.rest || (content[lead.index + 1]?.text ?? '') : leadLine
  const after = content.slice(lead.index + (standalone ? 2 : 1))

  let title = titleIndex === null ? null : (header[titleIndex]?.text ?? null)
  if (title === null) {
    title = guessTitle(leadText)
    warnings.push(intakeWarning('GUESSED_TITLE'))
  }
  const rest: string[] = []
  for (const line of after) {
    if (sameText(line.text, title)) removedAt.push(line)
    else rest.push(line.text)
  }
  const bodyParagraphs = [...facts, leadText, ...rest]

  if (!lead.dateline) warnings.push(intakeWarning('NO_DATELINE'))

  const wholeText = source.map((line) => line.text).join('\n')
  // The dateline may carry the date ("Palembang, 23 Mei 2017 –"): the lead is read with it.
  const leadWithDateline = lead.dateline ? `${lead.dateline.text} ${leadText}` : leadText
  const stamp = publicationStamp(pageStamps, rest)
  const date = readActivityDate([leadWithDateline, ...facts, ...rest, title], wholeText, context.timeZone, stamp)
  for (const note of date.notes) warnings.push(intakeWarning(note.code, note.detail))

  const activityType = readActivityType([title, leadText, [...facts, ...rest].join('\n')], context.activityTypes)
  if (!activityType) warnings.push(intakeWarning('NO_ACTIVITY_TYPE'))

  const named = readVenue([leadText, ...facts, ...rest])
  const guessed = named ? null : guessVenue(leadText)
  const venue = named ?? guessed
  if (guessed) warnings.push(intakeWarning('GUESSED_VENUE', guessed))
  else if (!venue) warnings.push(intakeWarning('NO_VENUE'))

  // A signature block (name over rank) names its signer across two lines; the merge keeps each person once.
  const officials = mergeOfficials([...[title, ...bodyParagraphs, ...captions].flatMap(findOfficialMentions), ...findSignatureMentions(bodyParagraphs)])
  if (!officials.length) warnings.push(intakeWarning('NO_OFFICIALS'))

  const { summary, shortened } = makeSummary([leadText, ...rest], title)
  if (shortened) warnings.push(intakeWarning('SUMMARY_SHORTENED'))

  return {
    fields: {
      title,
      datelineCity: lead.dateline?.city ?? null,
      activityAt: date.activityAt,
      activityDateText: date.activityDateText,
      activityType: activityType?.id ?? null,
      venue,
      officials,
      summary,
      bodyParagraphs,
      captions,
    },
    removed: removedInOrder(),
    warnings,
  }
}
