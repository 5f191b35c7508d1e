import { DAY_PATTERN, isCalendarDate, MONTH_PATTERN, monthOf, weekdayOf, weekdayOfDate } from './calendar'
import { findDateMentions } from './dateMentions'

/**
 * The date a page or a document gives itself: a news page's stamp ("Kamis, 16 November 2023 | 07:45
 * WIB", "Posted on April 3, 2023"), or a letter's place and date ("Jambi, 16 Maret 2023"). Relative
 * days in the release ("kemarin", "hari ini") count from it.
 */
export type Stamp = { year: number; month: number; day: number; hour: number | null; text: string }

export type CalendarDay = { year: number; month: number; day: number }

const ENGLISH_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, august: 8, october: 10, december: 12,
}
const ANY_MONTH = `(?:${MONTH_PATTERN}|${Object.keys(ENGLISH_MONTHS).join('|')})`
/** "Februari 07, 2023" (Blogger), "April 3, 2023" (WordPress in English). */
const MONTH_FIRST = new RegExp(`(?<![\\p{L}])(${ANY_MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, 'iu')
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u
const CLOCK = /(?<![\d.:])(\d{1,2})[:.](\d{2})(?![\d])/u

const monthNumber = (word: string) => monthOf(word) ?? ENGLISH_MONTHS[word.toLowerCase()] ?? null

/** The full date (day, month and year) a stamp line gives, with its hour when written after it. */
export const readStamp = (line: string): Stamp | null => {
  let found: (CalendarDay & { end: number }) | null = null
  const mention = findDateMentions(line).find((candidate) => candidate.year !== null && candidate.month !== null)
  if (mention) found = { year: mention.year ?? 0, month: mention.month ?? 0, day: mention.day ?? 0, end: mention.end }
  const monthFirst = found ? null : MONTH_FIRST.exec(line)
  if (monthFirst) {
    found = { year: Number(monthFirst[3]), month: monthNumber(monthFirst[1] ?? '') ?? 0, day: Number(monthFirst[2]), end: monthFirst.index + monthFirst[0].length }
  }
  const iso = found ? null : ISO_DATE.exec(line)
  if (iso) found = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), end: iso.index + iso[0].length }
  if (!found || !isCalendarDate(found.year, found.month, found.day)) return null
  const clock = CLOCK.exec(line.slice(found.end))
  const hour = clock && Number(clock[1]) < 24 && Number(clock[2]) < 60 ? Number(clock[1]) : null
  return { year: found.year, month: found.month, day: found.day, hour, text: line }
}

/** A letter's closing place and date on a line of its own: "Jambi, 16 Maret 2023", "Wonoreja, Senin 2 Oktober 2023". */
const CLOSING_DATE = /^\p{Lu}[\p{L}.'’ -]{1,40},\s*(.+?)\.?$/u

/** The stamp a closing "Place, date" line gives, or null when the line is anything else. */
export const closingStamp = (line: string): Stamp | null => {
  const rest = CLOSING_DATE.exec(line)?.[1]
  if (!rest) return null
  const mention = findDateMentions(rest).find((candidate) => candidate.year !== null && candidate.month !== null)
  if (!mention || mention.start !== 0 || mention.end < rest.trimEnd().length) return null
  return readStamp(line)
}

/**
 * A day written relative to when the text was written: "kemarin" (-1), "kemarin lusa" (-2), "hari
 * ini", "tadi pagi", "siang ini" (0), "semalam", "tadi malam" (the night before, unless the stamp is
 * itself an evening's), "besok" (+1), "lusa" (+2); or a day name with "kemarin"/"lalu" (the last such
 * day before) or "depan"/"mendatang"/"besok" (the next one).
 */
export type RelativeDay = { offset: number; weekday: number | null; night: boolean; start: number; end: number; text: string }

const OFFSETS: [RegExp, number][] = [
  [/^kemarin\s+lusa$/i, -2],
  [/^kemarin$/i, -1],
  [/^(?:semalam|tadi\s+malam)$/i, -1],
  [/^(?:besok|esok(?:\s+hari)?)$/i, 1],
  [/^lusa$/i, 2],
]
// "Minggu" is also "week" ("minggu lalu": last week), so it is not read with "lalu" or "depan".
const WEEKDAY = DAY_PATTERN.replace('Minggu|', '')
const RELATIVE = new RegExp(
  `(?<![\\p{L}])(?:(?:hari\\s+)?(${WEEKDAY})\\s*\\(?\\s*(kemarin|lalu|depan|mendatang|besok)\\s*\\)?|(kemarin\\s+lusa|kemarin|semalam|tadi\\s+malam|hari\\s+ini|tadi\\s+(?:pagi|siang|sore)|(?:pagi|siang|sore|malam)\\s+ini|besok|esok(?:\\s+hari)?|lusa))(?![\\p{L}])`,
  'giu',
)
/** "pekan kemarin" (last week), "hingga hari ini" (until today): not the day of the activity. */
const NOT_A_DAY_BEFORE = /(?<![\p{L}])(?:pekan|minggu|bulan|tahun|hingga|sampai|sejak|per|s\.?\s?d\.?)\s*$/iu
/** Speech in quotes: its "kemarin" is the speaker's, not the report's. */
const QUOTED = /["“][^"“”]*["”]/gu

/** Every relative day in a text, outside quoted speech, in order. */
export const findRelativeDays = (text: string): RelativeDay[] => {
  const quotes = [...text.matchAll(QUOTED)].map((match) => ({ start: match.index, end: match.index + match[0].length }))
  const found: RelativeDay[] = []
  let quote = 0
  for (const match of text.matchAll(RELATIVE)) {
    const start = match.index
    while (quote < quotes.length && (quotes[quote]?.end ?? 0) <= start) quote += 1
    if ((quotes[quote]?.start ?? Infinity) <= start) continue
    if (NOT_A_DAY_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue
    const [whole, dayName, direction, word = ''] = match
    const written = whole.trim()
    if (dayName && direction) {
      const backwards = /^(?:kemarin|lalu)$/i.test(direction)
      found.push({ offset: backwards ? -1 : 1, weekday: weekdayOf(dayName), night: false, start, end: start + whole.length, text: written })
      continue
    }
    const offset = OFFSETS.find(([pattern]) => pattern.test(word))?.[1] ?? 0
    found.push({ offset, weekday: null, night: /malam/i.test(word) && offset === -1, start, end: start + whole.length, text: written })
  }
  return found
}

const addDays = ({ year, month, day }: CalendarDay, days: number): CalendarDay => {
  const date = new Date(Date.UTC(year, month - 1, day + days))
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** The calendar day a relative day means, counted from a stamp. */
export const resolveRelativeDay = (relative: RelativeDay, stamp: Stamp): CalendarDay => {
  if (relative.weekday !== null) {
    // The last such weekday before the stamp (1 to 7 days back), or the next one after it.
    const from = weekdayOfDate(stamp.year, stamp.month, stamp.day)
    const back = ((from - relative.weekday + 7) % 7) || 7
    const ahead = ((relative.weekday - from + 7) % 7) || 7
    return addDays(stamp, relative.offset < 0 ? -back : ahead)
  }
  // "Tadi malam" on a page stamped in the evening is that evening.
  if (relative.night && stamp.hour !== null && stamp.hour >= 18) return addDays(stamp, 0)
  return addDays(stamp, relative.offset)
}
