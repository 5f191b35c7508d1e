import type { TimeZone } from '@/constants/collections'
import { isoInZone } from '@/utilities/formatDate'

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const OFFSET_HOURS: Record<TimeZone, number> = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 }

/**
 * RFC 822 as RSS readers parse it, in the unit's zone with a numeric offset: "Wed, 12 Aug 2026
 * 11:00:00 +0700". English names, four-digit year, never "WIB".
 */
export const rfc822 = (date: Date, timeZone: TimeZone): string => {
  const hours = OFFSET_HOURS[timeZone]
  const local = new Date(date.getTime() + hours * 3600_000)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${DAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} +${pad(hours)}00`
}

/** RFC 3339 with the unit's offset: "2026-08-12T11:00:00+07:00". */
export const rfc3339 = (date: Date, timeZone: TimeZone): string => isoInZone(date, timeZone)

/** The HTTP date of Last-Modified. */
export const httpDate = (date: Date): string => date.toUTCString()
