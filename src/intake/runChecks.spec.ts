import { describe, expect, it } from 'vitest'

import { runChecks } from './runChecks'
import type { Speller } from './speller'
import type { ReportForChecks } from './types'

const now = new Date('2017-05-25T10:00:00+07:00')
/** A speller that knows every word: each check but spelling is tested alone. */
const knowsAll: Speller = { correct: () => true, suggest: () => [], suggestFromNewsroom: () => [] }
const report = (changes: Partial<ReportForChecks> = {}): ReportForChecks => ({
  title: 'Polres Blora Gelar Rakor Pengamanan Pilkades',
  summary: 'Polres Blora menggelar rapat koordinasi pengamanan pilkades serentak bersama Pemkab Blora di Aula Rupatama.',
  activityAt: '2017-05-23T08:00:00+07:00',
  activityDateText: 'Selasa (23/05/2017) pukul 08.00 WIB',
  bodyText: 'Polres Blora menggelar rakor, Selasa (23/05/2017) pukul 08.00 WIB.\nKapolres Blora AKBP Budi Santoso, S.I.K. memimpin rakor.',
  createdAt: new Date('2017-05-24T09:00:00+07:00'),
  ...changes,
})
const run = (changes: Partial<ReportForChecks> = {}) => runChecks(report(changes), { now, spell: knowsAll })
const codes = (changes: Partial<ReportForChecks> = {}) => run(changes).map((check) => check.code)

describe('runChecks', () => {
  it('should find nothing in a clean report', () => {
    expect(run()).toEqual([])
  })

  it('should refuse a day name that contradicts its date ("Rabu (23/05/2017)" was a Tuesday) as an error', () => {
    const checks = run({ bodyText: 'Rakor digelar Rabu (23/05/2017) pukul 08.00 WIB di aula.' })
    expect(checks).toEqual([
      {
        code: 'DAY_DATE_MISMATCH',
        severity: 'error',
        message: 'Nama hari tidak cocok dengan tanggal: 23/5/2017 jatuh pada hari Selasa, bukan Rabu.',
        field: 'body',
        excerpt: 'Rakor digelar Rabu (23/05/2017) pukul 08.00 WIB di aula.',
      },
    ])
  })

  it('should check a day name anywhere, and a date without a year against the activity\'s year as a warning', () => {
    const checks = run({ bodyText: 'Sebelumnya, Senin, 23 Mei 2017 dan Kamis (26/05) warga berkumpul.' })
    expect(checks.map(({ code, severity }) => [code, severity])).toEqual([
      ['DAY_DATE_MISMATCH', 'error'],
      ['DAY_DATE_MISMATCH', 'warning'],
    ])
  })

  it('should warn about an activity in the future, and one a year or more before the report', () => {
    expect(codes({ activityAt: '2017-06-01T08:00:00+07:00' })).toEqual(['ACTIVITY_IN_FUTURE'])
    expect(codes({ activityAt: '2016-05-24T08:00:00+07:00' })).toEqual(['ACTIVITY_TOO_OLD'])
    expect(codes({ activityAt: '2016-06-01T08:00:00+07:00' })).toEqual([])
  })

  it('should warn about one person written two ways: two ranks, or a slip in the name', () => {
    expect(codes({ bodyText: 'Hadir AKBP Budi Santoso. Kompol Budi Santoso menyampaikan arahan.' })).toEqual(['PERSON_WRITTEN_TWO_WAYS'])
    const slip = run({ bodyText: 'Hadir Kombes Pol Didik Harsono. Kombes Pol Didik Harsana menyampaikan arahan.' })
    expect(slip.map((check) => check.message)).toEqual(['Satu orang tampaknya ditulis dua cara: "Didik Harsono" dan "Didik Harsana". Samakan penulisannya.'])
    expect(codes({ officials: [{ rank: 'AKBP', name: 'Budi Santosa' }] })).toEqual(['PERSON_WRITTEN_TWO_WAYS'])
  })

  it('should not take a short form of a name for a second person ("AKBP Budi" after "AKBP Budi Santoso")', () => {
    expect(codes({ bodyText: 'Hadir AKBP Budi Santoso. AKBP Budi menyampaikan arahan.' })).toEqual([])
  })

  it('should warn about a rank, a degree and a position in a non-standard form, giving the standard one', () => {
    const checks = run({ bodyText: 'Hadir Kabidhumas Polda Jateng Brigadir Jenderal Polisi Andi Wirawan SIK, MH dan Kombes Surya Dharma.' })
    expect(checks.map((check) => check.message)).toEqual([
      'Pangkat "Brigadir Jenderal Polisi" sebaiknya ditulis "Brigjen Pol".',
      'Gelar "SIK" sebaiknya ditulis "S.I.K.".',
      'Gelar "MH" sebaiknya ditulis "M.H.".',
      'Pangkat "Kombes" sebaiknya ditulis "Kombes Pol".',
      'Jabatan "Kabidhumas" sebaiknya ditulis "Kabid Humas".',
    ])
    expect(codes({ officials: [{ rank: 'AKBP', name: 'Budi Santoso', position: 'Kepala Kepolisian Resor Blora' }] })).toEqual(['NONSTANDARD_POSITION'])
  })

  it('should warn about a headline in capitals', () => {
    expect(codes({ title: 'POLRES BLORA GELAR RAKOR PENGAMANAN PILKADES' })).toEqual(['TITLE_ALL_CAPS'])
    expect(codes({ title: 'Polres Blora Gelar Rakor Pilkades 2017 di TPS' })).toEqual([])
  })

  it('should warn about a summary under 50 or over 300 characters', () => {
    expect(codes({ summary: 'Polres Blora menggelar rakor.' })).toEqual(['SUMMARY_TOO_SHORT'])
    expect(codes({ summary: null })).toEqual(['SUMMARY_TOO_SHORT'])
    expect(codes({ summary: `${'Polres Blora menggelar rapat koordinasi. '.repeat(8)}` })).toEqual(['SUMMARY_TOO_LONG'])
  })

  it('should warn about site chrome left in the body, a line at a time', () => {
    const checks = run({ bodyText: 'Polres Blora menggelar rakor.\nShare\n0 comments\nRakor berjalan lancar. Baca juga: Polres Blora Amankan Pasar' })
    expect(checks.map(({ code, excerpt }) => [code, excerpt])).toEqual([
      ['CHROME_IN_BODY', 'Share'],
      ['CHROME_IN_BODY', '0 comments'],
      ['CHROME_IN_BODY', 'Rakor berjalan lancar. Baca juga: Polres Blora Amankan Pasar'],
    ])
  })

  it('should warn about a word written twice in a row', () => {
    expect(run({ bodyText: 'Kunjungan yang yang dipusatkan di aula.' }).map((check) => check.message)).toEqual(['Kata "yang" tertulis dua kali berturut-turut.'])
  })

  it('should skip spelling with one line saying how to install the dictionary when there is none', () => {
    const checks = runChecks(report(), { now, spell: null })
    expect(checks).toEqual([{ code: 'SPELLING_SKIPPED', severity: 'warning', message: expect.stringContaining('apt-get install hunspell-id'), field: 'body', excerpt: '' }])
  })
})
