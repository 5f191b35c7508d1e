import { describe, expect, it } from 'vitest'

import { readActivityDate } from './activityDate'
import { findDateMentions } from './dateMentions'
import { readStamp } from './relativeDays'

const read = (lead: string, timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura' = 'Asia/Jakarta', whole = lead) =>
  readActivityDate([lead], whole, timeZone)
const codes = (result: ReturnType<typeof read>) => result.notes.map((note) => note.code)

describe('readActivityDate', () => {
  it('should read "Selasa (23/05/2017) pukul 08.00 WIB" as 08.00 in the unit\'s offset, keeping the words it came from', () => {
    const result = read('Kegiatan digelar Selasa (23/05/2017) pukul 08.00 WIB bertempat di aula.')
    expect(result.activityAt).toBe('2017-05-23T08:00:00+07:00')
    expect(result.activityDateText).toBe('Selasa (23/05/2017) pukul 08.00 WIB')
    expect(codes(result)).toEqual([])
  })

  it('should read "Rabu 5 Juli 2023 siang" with the time guessed from the part of the day, and say so', () => {
    const result = read('Kunjungan dilakukan pada Rabu 5 Juli 2023 siang di balai desa.')
    expect(result.activityAt).toBe('2023-07-05T12:00:00+07:00')
    expect(result.activityDateText).toBe('Rabu 5 Juli 2023 siang')
    expect(codes(result)).toEqual(['GUESSED_TIME'])
  })

  it('should take the year of "Kamis (26/04)" from elsewhere in the text, and say so', () => {
    const whole = 'Operasi Ketupat 2018 dimulai.\nRakor digelar Kamis (26/04) pukul 10.00 WIT.'
    const result = readActivityDate(['Rakor digelar Kamis (26/04) pukul 10.00 WIT.'], whole, 'Asia/Jayapura')
    expect(result.activityAt).toBe('2018-04-26T10:00:00+09:00')
    expect(codes(result)).toEqual(['YEAR_FROM_TEXT'])
  })

  it('should leave "Kamis (26/04)" without a date when the text names no year', () => {
    const result = read('Apel digelar Kamis (26/04) pukul 07.30 WIT.', 'Asia/Jayapura')
    expect(result.activityAt).toBeNull()
    expect(result.activityDateText).toBe('Kamis (26/04)')
    expect(codes(result)).toEqual(['NO_YEAR'])
  })

  it('should not take a law\'s year ("UU Nomor 2 Tahun 2002") for the year of a date', () => {
    const whole = 'Apel digelar Kamis (26/04).\nSesuai UU Nomor 2 Tahun 2002 tentang Polri.'
    expect(readActivityDate(['Apel digelar Kamis (26/04).'], whole, 'Asia/Jakarta').activityAt).toBeNull()
  })

  it('should give no date for a day name alone ("Selasa"), with a warning naming the day', () => {
    const result = read('Polres menggelar bakti sosial, Selasa pagi, di halaman masjid.')
    expect(result.activityAt).toBeNull()
    expect(result.activityDateText).toBe('Selasa')
    expect(result.notes).toEqual([{ code: 'NO_DATE', detail: 'Selasa' }])
  })

  it('should give no date and NO_DATE when the text has none', () => {
    expect(codes(read('Polres menggelar bakti sosial di halaman masjid.'))).toEqual(['NO_DATE'])
  })

  it.each([
    ['Senin, 12 Juni 2023 sekitar pukul 09.30 WITA', 'Asia/Makassar', '2023-06-12T09:30:00+08:00'],
    ['pada hari Jumat tanggal 3 Maret 2023 jam 13.00 WIT', 'Asia/Jayapura', '2023-03-03T13:00:00+09:00'],
    ['(12/6/2023) Pukul 10.00 WIT', 'Asia/Jayapura', '2023-06-12T10:00:00+09:00'],
    ['Minggu, 9 Juli 2023, mulai pukul 07.00 s/d 11.00 WIB', 'Asia/Jakarta', '2023-07-09T07:00:00+07:00'],
    ['Jumat (24/12/2021) jam 7 malam', 'Asia/Jayapura', '2021-12-24T19:00:00+09:00'],
    ['Selasa (23/05/17) mulai pukul 13.30 WIB', 'Asia/Jakarta', '2017-05-23T13:30:00+07:00'],
    ['Senin, 18/12/2023 pukul 09.00 WITA', 'Asia/Makassar', '2023-12-18T09:00:00+08:00'],
    ['Kamis, 7 Sept 2023 pukul 09.00 WIB', 'Asia/Jakarta', '2023-09-07T09:00:00+07:00'],
    ['Jum’at (7/7/2023) pukul 15.30 WIB', 'Asia/Jakarta', '2023-07-07T15:30:00+07:00'],
    ['MINGGU (9/7/2023) PUKUL 06.30 WITA', 'Asia/Makassar', '2023-07-09T06:30:00+08:00'],
    ['mulai pukul 10.00 WIB, Kamis (2/2/2023)', 'Asia/Jakarta', '2023-02-02T10:00:00+07:00'],
  ] as const)('should read "%s"', (text, timeZone, iso) => {
    expect(read(`Kegiatan berlangsung ${text} di aula.`, timeZone).activityAt).toBe(iso)
  })

  it('should convert a time written in another zone to the unit\'s offset, and say so', () => {
    const result = read('Vicon diikuti Selasa (7/3/2023) pukul 10.00 WIB dari ruang vicon.', 'Asia/Makassar')
    expect(result.activityAt).toBe('2023-03-07T11:00:00+08:00')
    expect(result.notes).toEqual([{ code: 'TIME_ZONE_DIFFERS', detail: 'WIB' }])
  })

  it('should keep the date but warn when the day name contradicts it ("Rabu (23/05/2017)" was a Tuesday)', () => {
    const result = read('Kunjungan dilakukan Rabu (23/05/2017) pukul 09.00 WIB.')
    expect(result.activityAt).toBe('2017-05-23T09:00:00+07:00')
    expect(result.notes).toEqual([{ code: 'DAY_NAME_MISMATCH', detail: 'Rabu (23/05/2017)|Selasa' }])
  })

  it('should set 00.00 and say so when no time is written', () => {
    const result = read('Upacara digelar Senin (17/8/2020) di lapangan.', 'Asia/Jayapura')
    expect(result.activityAt).toBe('2020-08-17T00:00:00+09:00')
    expect(codes(result)).toEqual(['NO_TIME'])
  })

  it('should take the time from the next paragraph, or a template\'s "Waktu :" line', () => {
    expect(readActivityDate(['Kapolri memimpin rapat, Rabu (14/6/2023).', 'Rapat berlangsung mulai pukul 14.00 WIB.'], '', 'Asia/Jakarta').activityAt).toBe(
      '2023-06-14T14:00:00+07:00',
    )
    expect(readActivityDate(['Hari/Tanggal : Kamis, 14 September 2023', 'Waktu : 09.00 WITA s/d selesai'], '', 'Asia/Makassar').activityAt).toBe(
      '2023-09-14T09:00:00+08:00',
    )
  })
})

describe('readActivityDate: a day relative to the date stamp', () => {
  const stamp = readStamp('Kamis, 16 November 2023 | 07:45 WIB')
  const relative = (lead: string, given = stamp) => readActivityDate([lead], lead, 'Asia/Jakarta', given)

  it.each([
    ['digelar kemarin siang di gedung', '2023-11-15T12:00:00+07:00', ['DATE_FROM_STAMP', 'GUESSED_TIME']],
    ['digelar hari ini pukul 09.00 WIB', '2023-11-16T09:00:00+07:00', ['DATE_FROM_STAMP']],
    ['digelar tadi pagi di aula', '2023-11-16T08:00:00+07:00', ['DATE_FROM_STAMP', 'GUESSED_TIME']],
    ['akan digelar besok pukul 10.00 WIB', '2023-11-17T10:00:00+07:00', ['DATE_FROM_STAMP']],
    ['digelar kemarin lusa', '2023-11-14T00:00:00+07:00', ['DATE_FROM_STAMP', 'NO_TIME']],
    ['patroli tadi malam di pasar', '2023-11-15T19:00:00+07:00', ['DATE_FROM_STAMP', 'GUESSED_TIME']],
    ['digelar Senin kemarin', '2023-11-13T00:00:00+07:00', ['DATE_FROM_STAMP', 'NO_TIME']],
    ['digelar pada Kamis (kemarin)', '2023-11-09T00:00:00+07:00', ['DATE_FROM_STAMP', 'NO_TIME']],
    ['akan digelar Sabtu depan pukul 08.00 WIB', '2023-11-18T08:00:00+07:00', ['DATE_FROM_STAMP']],
  ])('should read "%s" against a page stamped Thursday 16 November 2023', (lead, iso, notes) => {
    const result = relative(lead)
    expect(result.activityAt).toBe(iso)
    expect(result.notes.map((note) => note.code)).toEqual(notes)
  })

  it('should say the relative words and the stamp it counted from', () => {
    expect(relative('digelar kemarin siang').notes[0]).toEqual({ code: 'DATE_FROM_STAMP', detail: 'kemarin|Kamis, 16 November 2023 | 07:45 WIB' })
  })

  it('should warn when a day name beside "kemarin" is not the day it gives', () => {
    expect(relative('digelar kemarin, Selasa, di aula').notes).toContainEqual({ code: 'DAY_NAME_MISMATCH', detail: 'Selasa kemarin|Rabu' })
  })

  it('should give no date and RELATIVE_DATE without a stamp', () => {
    const result = relative('digelar kemarin siang di gedung', null)
    expect(result.activityAt).toBeNull()
    expect(result.activityDateText).toBe('kemarin')
    expect(result.notes).toEqual([{ code: 'RELATIVE_DATE', detail: 'kemarin' }])
  })

  it('should not read "kemarin" in quoted speech, "pekan kemarin" or "hingga hari ini" as the day', () => {
    for (const lead of ['"Pelaku kami tangkap kemarin," kata Kapolres.', 'Seperti pekan kemarin, patroli digelar.', 'Hingga hari ini belum ada laporan.']) {
      expect(relative(lead).activityAt).toBeNull()
    }
  })
})

describe('findDateMentions', () => {
  it('should not read a clock time ("pukul 08.00") or a fraction as a date', () => {
    expect(findDateMentions('pukul 08.00 WIB, skor 1/2 dan 3.5 persen').filter((mention) => mention.month !== null)).toEqual([])
  })

  it('should not read "minggu" (week) in lowercase as a day name, but should after "hari"', () => {
    expect(findDateMentions('dua minggu lalu')).toEqual([])
    expect(findDateMentions('pada hari minggu')[0]?.weekday).toBe(0)
  })

  it('should not read "5 Desa" as 5 December', () => {
    expect(findDateMentions('bantuan untuk 5 Desa di Kecamatan Cepu')).toEqual([])
  })
})
