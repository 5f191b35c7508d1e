import type { TimeZone } from '@/constants/collections'
import { isoInZone, ZONE_ABBREVIATIONS } from '@/utilities/formatDate'

import { DAY_NAMES, isCalendarDate, weekdayOfDate } from './calendar'
import { findDateMentions, findTimeMentions, yearFromText, type TimeMention } from './dateMentions'
import { findRelativeDays, resolveRelativeDay, type CalendarDay, type Stamp } from './relativeDays'

const OFFSET_HOURS = { WIB: 7, WITA: 8, WIT: 9 } as const

export type ActivityDate = {
  activityAt: string | null
  activityDateText: string | null
  /** Warning codes, with the facts their messages need. */
  notes: { code: string; detail?: string }[]
}

/** How far apart a date and a time may be written and still be read as one ("Selasa (23/5) sekitar pukul 08.00"). */
const NEAR = 60
/** Lines that give the time on their own, as structured WhatsApp releases do ("Waktu : 08.00 WIB"). */
const TIME_LINE = /^(?:waktu|jam|pukul)\s*:?/i

type Span = { start: number; end: number; text: string }

/**
 * The clock time of a date written at `span` in `paragraphs[index]`: beside it, else elsewhere in the
 * paragraph, else a part of the day right by it ("siang"), else in the next paragraph or a template's
 * "Waktu :" line below it. `text` is the words the date and time came from.
 */
const timeOf = (paragraphs: string[], index: number, span: Span): { time: TimeMention | undefined; text: string } => {
  const paragraph = paragraphs[index] ?? ''
  const times = findTimeMentions(paragraph)
  let time: TimeMention | undefined =
    times.find((t) => !t.guessed && t.start >= span.start - NEAR && t.start <= span.end + NEAR) ??
    times.find((t) => !t.guessed) ??
    times.find((t) => t.guessed && t.start >= span.start - 15 && t.start <= span.end + 15)
  const text = time && Math.abs(time.start - span.end) <= NEAR ? paragraph.slice(Math.min(span.start, time.start), Math.max(span.end, time.end)) : span.text
  if (!time) {
    // The time written in the next paragraph ("Kegiatan berlangsung mulai pukul 14.00 WIB"), or in a
    // template's "Waktu :" line below the date, when no other date stands there.
    const next = paragraphs[index + 1]
    const line = paragraphs.slice(index + 1, index + 3).find((candidate) => TIME_LINE.test(candidate))
    const source = line ?? (next && !findDateMentions(next).some((mention) => mention.month !== null) ? next : undefined)
    time = source ? findTimeMentions(source).find((t) => !t.guessed) : undefined
  }
  return { time, text: text.replace(/^[\s,]+|[\s,]+$/g, '') }
}

/** The instant of a calendar day at the time found for it, in the unit's offset, with the notes on the time. */
const instant = (day: CalendarDay, time: TimeMention | undefined, timeZone: TimeZone, notes: ActivityDate['notes']): string => {
  if (!time) notes.push({ code: 'NO_TIME' })
  else if (time.guessed) notes.push({ code: 'GUESSED_TIME', detail: time.text })
  const zone = time?.zone ?? ZONE_ABBREVIATIONS[timeZone]
  if (zone !== ZONE_ABBREVIATIONS[timeZone]) notes.push({ code: 'TIME_ZONE_DIFFERS', detail: zone })
  const utc = Date.UTC(day.year, day.month - 1, day.day, time?.hour ?? 0, time?.minute ?? 0) - OFFSET_HOURS[zone] * 3600_000
  return isoInZone(new Date(utc), timeZone)
}

/**
 * When the activity took place, read from the release: the first date in the lead, else in the
 * paragraphs after it, with the clock time written beside it, as an instant in the unit's offset.
 * `wholeText` (every line, chrome included) is where a year missing from the date is looked for.
 * A day written relative to the writing ("kemarin siang", "hari ini") counts from `stamp`, the date
 * the page or document gives itself; without one it gives no date, and says why.
 */
export const readActivityDate = (paragraphs: string[], wholeText: string, timeZone: TimeZone, stamp: Stamp | null = null): ActivityDate => {
  const notes: ActivityDate['notes'] = []
  let dayOnly: string | null = null
  let relativeOnly: string | null = null
  for (const [index, paragraph] of paragraphs.entries()) {
    const mentions = findDateMentions(paragraph)
    const date = mentions.find((mention) => mention.month !== null)
    if (!date) {
      const relative = findRelativeDays(paragraph)[0]
      if (relative && stamp) {
        const day = resolveRelativeDay(relative, stamp)
        notes.push({ code: 'DATE_FROM_STAMP', detail: `${relative.text}|${stamp.text}` })
        // A day name written beside "kemarin" that is not the day it gives ("kemarin, Rabu").
        const named = relative.weekday === null ? mentions.find((mention) => mention.weekday !== null && Math.abs(mention.start - relative.start) <= 20) : undefined
        if (named && named.weekday !== weekdayOfDate(day.year, day.month, day.day)) {
          notes.push({ code: 'DAY_NAME_MISMATCH', detail: `${named.text} ${relative.text}|${DAY_NAMES[weekdayOfDate(day.year, day.month, day.day)]}` })
        }
        const { time, text } = timeOf(paragraphs, index, relative)
        return { activityAt: instant(day, time, timeZone, notes), activityDateText: text, notes }
      }
      relativeOnly ??= relative?.text ?? null
      dayOnly ??= mentions[0]?.text ?? null
      continue
    }
    const { day, month } = date as { day: number; month: number }
    let year = date.year
    if (year === null) {
      year = yearFromText(wholeText, month, day)
      if (year === null) {
        notes.push({ code: 'NO_YEAR', detail: date.text })
        return { activityAt: null, activityDateText: date.text, notes }
      }
      notes.push({ code: 'YEAR_FROM_TEXT', detail: String(year) })
    }
    if (!isCalendarDate(year, month, day)) {
      notes.push({ code: 'NO_DATE', detail: date.text })
      return { activityAt: null, activityDateText: date.text, notes }
    }
    if (date.weekday !== null && date.weekday !== weekdayOfDate(year, month, day)) {
      notes.push({ code: 'DAY_NAME_MISMATCH', detail: `${date.text}|${DAY_NAMES[weekdayOfDate(year, month, day)]}` })
    }
    const { time, text } = timeOf(paragraphs, index, date)
    return { activityAt: instant({ year, month, day }, time, timeZone, notes), activityDateText: text, notes }
  }
  if (relativeOnly) {
    notes.push({ code: 'RELATIVE_DATE', detail: relativeOnly })
    return { activityAt: null, activityDateText: relativeOnly, notes }
  }
  notes.push({ code: 'NO_DATE', ...(dayOnly ? { detail: dayOnly } : {}) })
  return { activityAt: null, activityDateText: dayOnly, notes }
}
