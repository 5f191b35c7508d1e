import { DAY_PATTERN, fullYear, isCalendarDate, MONTH_PATTERN, monthOf, weekdayOf } from './calendar'

/**
 * A date as written: "Selasa (23/05/2017)", "Rabu 5 Juli 2023", "Kamis (26/04)" (no year), or a day
 * name alone ("Selasa"), which names no date.
 */
export type DateMention = {
  day: number | null
  month: number | null
  year: number | null
  /** The weekday (0 = Sunday) the writer named, if any. */
  weekday: number | null
  start: number
  end: number
  text: string
}

const PREFIX = `(?:(?:hari\\s+)?(${DAY_PATTERN})(?![\\p{L}])\\s*,?\\s*(?:(?:tanggal|tgl\\.?)\\s*)?)?`
const SHAPES: { pattern: RegExp; named: boolean }[] = [
  // (23/05/2017), (23/5), ( 26/04 )
  { pattern: new RegExp(`${PREFIX}\\(\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}|\\d{2}))?\\s*\\)`, 'giu'), named: false },
  // 23/05/2017, 23-05-2017, 23.05.2017: a year is required, or "08.00" would be a date
  { pattern: new RegExp(`${PREFIX}(?<![\\d.:/])(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4}|\\d{2})(?![\\d.:/])`, 'giu'), named: false },
  // 23 Mei 2017, 5 Juli, 1 Des. 2020
  { pattern: new RegExp(`${PREFIX}(?<![\\d.:/])(\\d{1,2})\\s+(${MONTH_PATTERN})(?![\\p{L}])(?:\\s+(\\d{4})(?!\\d))?`, 'giu'), named: true },
]
// A day name alone is taken when capitalised ("minggu" is also "week") or after "hari".
const DAY_ALONE = new RegExp(`(?:\\b[Hh]ari\\s+(${DAY_PATTERN.toLowerCase()}|${DAY_PATTERN})|\\b(${DAY_PATTERN}))(?![\\p{L}])`, 'gu')

type Span = { start: number; end: number }
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end

/** Of spans sorted by start, those overlapping none kept before them: linear, as each can only overlap the last kept. */
const withoutOverlaps = <T extends Span>(sorted: T[]): T[] => {
  const kept: T[] = []
  for (const span of sorted) {
    const last = kept.at(-1)
    if (!last || !overlaps(last, span)) kept.push(span)
  }
  return kept
}

/** The spans of `extra` that overlap none of `kept`, both in order of start (linear, for 200 KB of input). */
const outside = <T extends Span>(extra: T[], kept: Span[]): T[] => {
  let next = 0
  return extra.filter((span) => {
    while (next < kept.length && (kept[next]?.end ?? 0) <= span.start) next += 1
    const near = kept[next]
    return !near || !overlaps(near, span)
  })
}

/** Every date and day name written in a text, in order. */
export const findDateMentions = (text: string): DateMention[] => {
  const found: DateMention[] = []
  for (const { pattern, named } of SHAPES) {
    for (const match of text.matchAll(pattern)) {
      const [whole, dayName, dayText, monthText, yearText] = match
      const day = Number(dayText)
      const month = named ? monthOf(monthText ?? '') : Number(monthText)
      const year = yearText ? fullYear(Number(yearText)) : null
      if (!month || month > 12 || day < 1 || day > 31) continue
      if (!isCalendarDate(year ?? 2024, month, day)) continue
      const start = match.index
      found.push({ day, month, year, weekday: dayName ? weekdayOf(dayName) : null, start, end: start + whole.length, text: whole.trim() })
    }
  }
  const dates = withoutOverlaps(found.sort((a, b) => a.start - b.start || b.end - a.end))
  const days: DateMention[] = [...text.matchAll(DAY_ALONE)].map((match) => ({
    day: null, month: null, year: null, weekday: weekdayOf(match[1] ?? match[2] ?? ''), start: match.index, end: match.index + match[0].length, text: match[0],
  }))
  return [...dates, ...outside(days, dates)].sort((a, b) => a.start - b.start)
}

/** A clock time as written: "pukul 08.00 WIB", "jam 7 malam", "10.30 WITA"; or a part of the day alone ("siang"). */
export type TimeMention = { hour: number; minute: number; zone: 'WIB' | 'WITA' | 'WIT' | null; guessed: boolean; start: number; end: number; text: string }

const CLOCK =
  /\b(?:pukul|pkl\.?|jam)\s*(\d{1,2})(?:\s*[.:]\s*(\d{2}))?(?:\s*(?:s\.?\s?\/?\s?d\.?|sampai(?:\s+dengan)?|hingga|[-–])\s*(?:\d{1,2}(?:[.:]\d{2})?|selesai))?(?:\s*(WIB|WITA|WIT)\b)?(?:\s*(pagi|siang|sore|malam)\b)?/giu
const ZONED = /(?<![\d.:])(\d{1,2})[.:](\d{2})\s*(WIB|WITA|WIT)\b/giu
const PART_OF_DAY = /\b(pagi|siang|sore|malam)\b/giu
const ZONE_AFTER = /^[^.;]{0,30}?\b(WIB|WITA|WIT)\b/iu
/** Where a part of the day alone puts the clock: a guess, said in a warning. */
const PART_HOURS: Record<string, number> = { pagi: 8, siang: 12, sore: 15, malam: 19 }

const asZone = (text: string | undefined) => (text ? (text.toUpperCase() as 'WIB' | 'WITA' | 'WIT') : null)

const afternoon = (hour: number, part: string | undefined) => {
  const word = part?.toLowerCase()
  if ((word === 'sore' || word === 'malam') && hour < 12) return hour + 12
  if (word === 'siang' && hour < 6) return hour + 12
  return hour
}

/** Every clock time in a text, in order; parts of the day alone come last, as guesses. */
export const findTimeMentions = (text: string): TimeMention[] => {
  const clocks: TimeMention[] = []
  for (const pattern of [CLOCK, ZONED]) {
    for (const match of text.matchAll(pattern)) {
      const [whole, hourText, minuteText, zoneText, part] = match
      const hour = afternoon(Number(hourText), pattern === CLOCK ? part : undefined)
      const minute = Number(minuteText ?? 0)
      if (hour > 23 || minute > 59) continue
      const start = match.index
      const end = start + whole.trimEnd().length
      const zone = asZone(zoneText) ?? asZone(ZONE_AFTER.exec(text.slice(end, end + 40))?.[1])
      clocks.push({ hour, minute, zone, guessed: false, start, end, text: whole.trim() })
    }
  }
  const times = withoutOverlaps(clocks.sort((a, b) => a.start - b.start))
  const parts: TimeMention[] = [...text.matchAll(PART_OF_DAY)].map((match) => ({
    hour: PART_HOURS[(match[1] ?? '').toLowerCase()] ?? 12, minute: 0, zone: null, guessed: true, start: match.index, end: match.index + match[0].length, text: match[0],
  }))
  return [...times, ...outside(parts, times)]
}

const LAW_YEAR = /\b(?:UU|Undang-Undang|Perpres|Perkap|Perpol|Peraturan|Keputusan|Inpres|Kepres|Keppres|PP|Nomor|No\.?)\s[^.;]{0,60}?\b(?:Tahun|Th\.?)\s*\d{4}/giu
const YEAR = /(?<![\d/.-])(19[5-9]\d|20\d{2})(?![\d/.-])/gu

/**
 * The year a release means when it writes a date without one ("Kamis (26/04)"): the year of a full
 * date elsewhere in the text (the same day first), else the latest year it names outside a law's
 * reference ("UU No. 2 Tahun 2002"), else null.
 */
export const yearFromText = (text: string, month: number, day: number): number | null => {
  const full = findDateMentions(text).filter((mention) => mention.year !== null)
  const same = full.find((mention) => mention.month === month && mention.day === day)
  if (same?.year) return same.year
  if (full.length) return Math.max(...full.map((mention) => mention.year ?? 0))
  const years = [...text.replace(LAW_YEAR, ' ').matchAll(YEAR)].map((match) => Number(match[1]))
  return years.length ? Math.max(...years) : null
}
