import { describe, expect, it } from 'vitest'

import { closingStamp, findRelativeDays, readStamp } from './relativeDays'

const day = (stamp: ReturnType<typeof readStamp>) => stamp && [stamp.year, stamp.month, stamp.day, stamp.hour]

describe('readStamp', () => {
  it.each([
    ['Kamis, 16 November 2023 | 07:45 WIB', [2023, 11, 16, 7]],
    ['Diposting: 01 Juli 2023 13:05 WITA', [2023, 7, 1, 13]],
    ['Oleh Redaksi — 05/07/2023 14:22', [2023, 7, 5, 14]],
    ['Selasa, Februari 07, 2023', [2023, 2, 7, null]],
    ['Posted on April 3, 2023 by admin', [2023, 4, 3, null]],
    ['2023-11-16T07:45:00+07:00', [2023, 11, 16, 7]],
  ])('should read the date of "%s"', (line, expected) => {
    expect(day(readStamp(line))).toEqual(expected)
  })

  it('should read no date from a stamp without a full date', () => {
    expect(readStamp('2 jam')).toBeNull()
    expect(readStamp('Bandar Jaya, Juli 2023')).toBeNull()
    expect(readStamp('Diposting oleh Humas Kaltim di 15.20')).toBeNull()
  })
})

describe('closingStamp', () => {
  it('should read a letter\'s closing "Place, date" line, and nothing else', () => {
    expect(day(closingStamp('Jambi, 16 Maret 2023'))).toEqual([2023, 3, 16, null])
    expect(day(closingStamp('Wonoreja, Senin 2 Oktober 2023.'))).toEqual([2023, 10, 2, null])
    expect(closingStamp('Kegiatan ditutup, 16 Maret 2023 lalu')).toBeNull()
    expect(closingStamp('Bandar Jaya, Juli 2023')).toBeNull()
  })
})

describe('findRelativeDays', () => {
  const read = (text: string) => findRelativeDays(text).map(({ offset, weekday, text: written }) => ({ offset, weekday, written }))

  it('should read relative days and day names with "kemarin", "lalu", "depan"', () => {
    expect(read('digelar kemarin siang')).toEqual([{ offset: -1, weekday: null, written: 'kemarin' }])
    expect(read('hari ini, besok dan lusa')).toEqual([
      { offset: 0, weekday: null, written: 'hari ini' },
      { offset: 1, weekday: null, written: 'besok' },
      { offset: 2, weekday: null, written: 'lusa' },
    ])
    expect(read('Senin (kemarin) dan Rabu depan')).toEqual([
      { offset: -1, weekday: 1, written: 'Senin (kemarin)' },
      { offset: 1, weekday: 3, written: 'Rabu depan' },
    ])
  })

  it('should not read "minggu lalu" (last week), "keesokan harinya", or a relative day in quotes', () => {
    expect(read('Minggu lalu')).toEqual([])
    expect(read('keesokan harinya')).toEqual([])
    expect(read('“Kemarin kami patroli,” katanya.')).toEqual([])
  })
})
