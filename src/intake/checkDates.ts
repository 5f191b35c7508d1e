import { DAY_NAMES, isCalendarDate, weekdayOfDate } from './calendar'
import { findDateMentions } from './dateMentions'
import { excerptAround } from './excerpt'
import type { Check, CheckedText } from './types'

/**
 * A day name that does not match its date, anywhere in the report ("Rabu (23/05/2017)": that was a
 * Tuesday): an error when the date gives its year, a warning when the year is the activity's.
 */
export const checkDayNames = (texts: CheckedText[], activityYear: number | null): Check[] => {
  const checks: Check[] = []
  const seen = new Set<string>()
  for (const { field, text } of texts) {
    for (const mention of findDateMentions(text)) {
      if (mention.weekday === null || mention.month === null || mention.day === null) continue
      const year = mention.year ?? activityYear
      if (year === null || !isCalendarDate(year, mention.month, mention.day)) continue
      const actual = weekdayOfDate(year, mention.month, mention.day)
      if (actual === mention.weekday || seen.has(mention.text)) continue
      seen.add(mention.text)
      const date = `${mention.day}/${mention.month}/${year}`
      checks.push({
        code: 'DAY_DATE_MISMATCH',
        severity: mention.year === null ? 'warning' : 'error',
        message: `Nama hari tidak cocok dengan tanggal: ${date} jatuh pada hari ${DAY_NAMES[actual]}, bukan ${DAY_NAMES[mention.weekday]}.`,
        field,
        excerpt: excerptAround(text, mention.start, mention.end),
      })
    }
  }
  return checks
}

/** An activity in the future, or a year or more before the report was written. */
export const checkActivityDate = (activityAt: string | null, createdAt: Date, now: Date): Check[] => {
  if (!activityAt) return []
  const at = new Date(activityAt)
  if (Number.isNaN(at.getTime())) return []
  if (at.getTime() > now.getTime()) {
    return [{ code: 'ACTIVITY_IN_FUTURE', severity: 'warning', message: 'Waktu kegiatan berada di masa depan. Periksa tanggal kegiatan.', field: 'activityAt', excerpt: activityAt }]
  }
  const yearLater = new Date(at)
  yearLater.setUTCFullYear(yearLater.getUTCFullYear() + 1)
  if (yearLater.getTime() <= createdAt.getTime()) {
    return [{ code: 'ACTIVITY_TOO_OLD', severity: 'warning', message: 'Kegiatan berlangsung setahun atau lebih sebelum berita ini dibuat. Periksa tanggal kegiatan.', field: 'activityAt', excerpt: activityAt }]
  }
  return []
}
