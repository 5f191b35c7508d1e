import { TIME_ZONES, type TimeZone } from '@/constants/collections'

/** The abbreviation Indonesian readers expect after a local time. */
export const ZONE_ABBREVIATIONS: Record<TimeZone, 'WIB' | 'WITA' | 'WIT'> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
}

export const asTimeZone = (value: unknown): TimeZone =>
  (TIME_ZONES as readonly unknown[]).includes(value) ? (value as TimeZone) : 'Asia/Jakarta'

const formatters = new Map<string, Intl.DateTimeFormat>()
const formatter = (timeZone: TimeZone, withTime: boolean): Intl.DateTimeFormat => {
  const key = `${timeZone}|${withTime}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat('id-ID', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
      timeZone,
    })
    formatters.set(key, format)
  }
  return format
}

const part = (parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''

/**
 * A date as readers of the unit read it: "Selasa, 23 Mei 2017 08.00 WIB" (Indonesian names, a dot
 * between hours and minutes, the zone's abbreviation). Without time: "Selasa, 23 Mei 2017".
 */
export const formatIndonesianDate = (date: Date | string, timeZone: TimeZone, { withTime = true } = {}): string => {
  const instant = typeof date === 'string' ? new Date(date) : date
  const parts = formatter(timeZone, withTime).formatToParts(instant)
  const day = `${part(parts, 'weekday')}, ${part(parts, 'day')} ${part(parts, 'month')} ${part(parts, 'year')}`
  if (!withTime) return day
  return `${day} ${part(parts, 'hour')}.${part(parts, 'minute')} ${ZONE_ABBREVIATIONS[timeZone]}`
}

const OFFSETS: Record<TimeZone, string> = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' }
const OFFSET_MS: Record<TimeZone, number> = { 'Asia/Jakarta': 7 * 3600_000, 'Asia/Makassar': 8 * 3600_000, 'Asia/Jayapura': 9 * 3600_000 }

/**
 * RFC 3339 in the unit's own zone, for machines: "2017-05-23T08:00:00+07:00". Indonesia keeps no
 * daylight saving time, so each zone's offset is fixed.
 */
export const isoInZone = (date: Date | string, timeZone: TimeZone): string => {
  const instant = typeof date === 'string' ? new Date(date) : date
  const local = new Date(instant.getTime() + OFFSET_MS[timeZone]).toISOString().slice(0, 19)
  return `${local}${OFFSETS[timeZone]}`
}
