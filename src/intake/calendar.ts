/** Indonesian day and month names as releases spell them, for reading dates out of text. */

/** Day names by JavaScript weekday (0 = Sunday). */
export const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const

const DAY_SPELLINGS: Record<string, number> = {
  minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, 'jum’at': 5, jumaat: 5, sabtu: 6,
}

/** The weekday (0 = Sunday) a day name stands for, or null. */
export const weekdayOf = (word: string): number | null => DAY_SPELLINGS[word.toLowerCase()] ?? null

/** Matches one day name (any spelling above), as a whole word. */
export const DAY_PATTERN = "(?:Minggu|Ahad|Senin|Selasa|Rabu|Kamis|Jum['’]?a?at|Sabtu)"

const MONTH_SPELLINGS: Record<string, number> = {
  januari: 1, jan: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2,
  maret: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, agust: 8, agus: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, des: 12,
}

/** The month number (1-12) a month name or abbreviation stands for, or null. */
export const monthOf = (word: string): number | null => MONTH_SPELLINGS[word.toLowerCase().replace(/\.$/, '')] ?? null

/** Matches one month name or abbreviation, as a whole word. */
export const MONTH_PATTERN =
  '(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember|Jan|Feb|Peb|Mar|Apr|Jun|Jul|Agu|Agt|Ags|Agust|Agus|Sept?|Okt|Nov|Nop|Des)\\.?'

/** Whether year-month-day is a real calendar date. */
export const isCalendarDate = (year: number, month: number, day: number): boolean => {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The weekday (0 = Sunday) of a calendar date. */
export const weekdayOfDate = (year: number, month: number, day: number): number => new Date(Date.UTC(year, month - 1, day)).getUTCDay()

/** "23/05/17" means 2017: two-digit years are this century's. */
export const fullYear = (year: number): number => (year < 100 ? 2000 + year : year)
