import type { TimeZone } from '@/constants/collections'
import { isoInZone, ZONE_ABBREVIATIONS } from '@/utilities/formatDate'

import { DAY_NAMES, isCalendarDate, weekdayOfDate } from './calendar'
import { findDateMentions, findTimeMentions, yearFromText, type TimeMention } from './dateMentions'

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

/**
 * When the activity took place, read from the release: the first date in the lead, else in the
 * paragraphs after it, with the clock time written beside it, as an instant in the unit's offset.
 * `wholeText` (every line, chrome included) is where a year missing from the date is looked for.
 */
export const readActivityDate = (paragraphs: string[], wholeText: string, timeZone: TimeZone): ActivityDate => {
  const notes: ActivityDate['notes'] = []
  let dayOnly: string | null = null
  for (const [index, paragraph] of paragraphs.entries()) {
    const mentions = findDateMentions(paragraph)
    const date = mentions.find((mention) => mention.month !== null)
    if (!date) {
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
    const times = findTimeMentions(paragraph)
    let time: TimeMention | undefined =
      times.find((t) => !t.guessed && t.start >= date.start - NEAR && t.start <= date.end + NEAR) ??
      times.find((t) => !t.guessed) ??
      times.find((t) => t.guessed && t.start >= date.start - 15 && t.start <= date.end + 15)
    let span = time && Math.abs(time.start - date.end) <= NEAR ? paragraph.slice(Math.min(date.start, time.start), Math.max(date.end, time.end)) : date.text
    if (!time) {
      // The time written in the next paragraph ("Kegiatan berlangsung mulai pukul 14.00 WIB"), or in a
      // template's "Waktu :" line below the date, when no other date stands there.
      const next = paragraphs[index + 1]
      const line = paragraphs.slice(index + 1, index + 3).find((candidate) => TIME_LINE.test(candidate))
      const source = line ?? (next && !findDateMentions(next).some((mention) => mention.month !== null) ? next : undefined)
      time = source ? findTimeMentions(source).find((t) => !t.guessed) : undefined
    }
    if (!time) notes.push({ code: 'NO_TIME' })
    else if (time.guessed) notes.push({ code: 'GUESSED_TIME', detail: time.text })
    const zone = time?.zone ?? ZONE_ABBREVIATIONS[timeZone]
    if (zone !== ZONE_ABBREVIATIONS[timeZone]) notes.push({ code: 'TIME_ZONE_DIFFERS', detail: zone })
    const utc = Date.UTC(year, month - 1, day, time?.hour ?? 0, time?.minute ?? 0) - OFFSET_HOURS[zone] * 3600_000
    span = span.replace(/^[\s,]+|[\s,]+$/g, '')
    return { activityAt: isoInZone(new Date(utc), timeZone), activityDateText: span, notes }
  }
  notes.push({ code: 'NO_DATE', ...(dayOnly ? { detail: dayOnly } : {}) })
  return { activityAt: null, activityDateText: dayOnly, notes }
}
