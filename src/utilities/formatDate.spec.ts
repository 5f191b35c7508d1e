import { describe, expect, it } from 'vitest'

import { formatIndonesianDate, isoInZone } from './formatDate'

describe('formatIndonesianDate', () => {
  it.each([
    ['2017-05-23T01:00:00Z', 'Asia/Jakarta', 'Selasa, 23 Mei 2017 08.00 WIB'],
    ['2017-05-23T01:00:00Z', 'Asia/Makassar', 'Selasa, 23 Mei 2017 09.00 WITA'],
    ['2017-05-23T01:00:00Z', 'Asia/Jayapura', 'Selasa, 23 Mei 2017 10.00 WIT'],
    // 23.30 on Monday in Jakarta is already Tuesday in Jayapura.
    ['2026-08-17T16:30:00Z', 'Asia/Jakarta', 'Senin, 17 Agustus 2026 23.30 WIB'],
    ['2026-08-17T16:30:00Z', 'Asia/Jayapura', 'Selasa, 18 Agustus 2026 01.30 WIT'],
    ['2026-12-31T17:00:00Z', 'Asia/Jakarta', 'Jumat, 1 Januari 2027 00.00 WIB'],
  ] as const)('should write %s in %s as %j', (iso, zone, expected) => {
    expect(formatIndonesianDate(iso, zone)).toBe(expected)
  })

  it('should write only the day when asked', () => {
    expect(formatIndonesianDate('2026-11-10T02:00:00Z', 'Asia/Makassar', { withTime: false })).toBe('Selasa, 10 November 2026')
  })
})

describe('isoInZone', () => {
  it.each([
    ['2017-05-23T01:00:00Z', 'Asia/Jakarta', '2017-05-23T08:00:00+07:00'],
    ['2017-05-23T01:00:00Z', 'Asia/Makassar', '2017-05-23T09:00:00+08:00'],
    ['2026-12-31T16:30:00Z', 'Asia/Jayapura', '2027-01-01T01:30:00+09:00'],
  ] as const)('should write %s in %s as %s, the same instant', (iso, zone, expected) => {
    expect(isoInZone(iso, zone)).toBe(expected)
    expect(Date.parse(expected)).toBe(Date.parse(iso))
  })
})
