import { describe, expect, it } from 'vitest'

import { isStandardDegreeForm, standardDegree } from './degrees'
import { findOfficialMentions, findSignatureMentions } from './officials'
import { mergeOfficials } from './people'
import { standardRank } from './ranks'

const read = (text: string) => findOfficialMentions(text).map(({ rank, name, degrees, position }) => ({ rank, name, degrees, position }))

describe('findOfficialMentions', () => {
  it('should read position, rank, name and degrees in the press order ("Kapolres Blora AKBP Budi Santoso SIK. MH.")', () => {
    expect(read('Kapolres Blora AKBP Budi Santoso SIK. MH. memimpin apel.')).toEqual([
      { rank: 'AKBP', name: 'Budi Santoso', degrees: ['S.I.K.', 'M.H.'], position: 'Kapolres Blora' },
    ])
  })

  it('should read rank, name, degrees, then the position after a comma', () => {
    expect(read('Hadir Kombes Pol Heru Wicaksana, S.I.K., Kabag Diseminasi Div Humas Polri, sebagai narasumber.')).toEqual([
      { rank: 'Kombes Pol', name: 'Heru Wicaksana', degrees: ['S.I.K.'], position: 'Kabag Diseminasi Div Humas Polri' },
    ])
  })

  it('should read a long rank with no position ("Brigadir Jenderal ...")', () => {
    expect(read('Arahan disampaikan Brigadir Jenderal Yan Pratama Halim di ruang vicon.')).toEqual([
      { rank: 'Brigjen Pol', name: 'Yan Pratama Halim', degrees: [], position: null },
    ])
  })

  it('should read a pre-nominal degree and a position after "selaku" or in brackets', () => {
    expect(read('Dibuka AKBP Drs. Hendra Gunawan, M.M. selaku Kapolres Karangwaru.')).toEqual([
      { rank: 'AKBP', name: 'Hendra Gunawan', degrees: ['Drs.', 'M.M.'], position: 'Kapolres Karangwaru' },
    ])
    expect(read('Dibawakan AKP Yance Sahetapy (Kasat Binmas) bersama warga.')[0]?.position).toBe('Kasat Binmas')
  })

  it('should give each of two officials their own position ("Kapolres ... melalui Kasubbag Humas ...")', () => {
    expect(read('Kapolres Blora AKBP Budi Santoso melalui Kasubbag Humas AKP Anggoro Wibowo, S.H. menyampaikan.')).toEqual([
      { rank: 'AKBP', name: 'Budi Santoso', degrees: [], position: 'Kapolres Blora' },
      { rank: 'AKP', name: 'Anggoro Wibowo', degrees: ['S.H.'], position: 'Kasubbag Humas' },
    ])
  })

  it('should read names in capitals back in title case', () => {
    expect(read('KAPOLRES TANABATU AKBP ANDI MAPPANYUKKI, S.I.K. MENGATAKAN')[0]).toMatchObject({ rank: 'AKBP', name: 'Andi Mappanyukki' })
  })

  it('should stop a name at a headline verb ("AKBP Surya Pimpin Apel")', () => {
    expect(read('Kapolres AKBP Surya Dharma Pimpin Apel Pagi')[0]?.name).toBe('Surya Dharma')
  })

  it('should take no street, directorate or army rank for an official', () => {
    expect(read('Kantor di Jl. Jenderal Sudirman No. 1, Direktorat Jenderal Pajak, Dandim Letkol Inf Budi, Brigjen TNI Agus Wirawan')).toEqual([])
  })

  it.each([
    ['Brigadir Jenderal Polisi', 'Brigjen Pol'],
    ['Brigjend', 'Brigjen Pol'],
    ['Komisaris Besar Polisi', 'Kombes Pol'],
    ['Kombes', 'Kombes Pol'],
    ['Kombes Pol.', 'Kombes Pol'],
    ['Inspektur Jenderal Polisi', 'Irjen Pol'],
    ['Ajun Komisaris Besar Polisi', 'AKBP'],
    ['Ajun Komisaris Polisi', 'AKP'],
    ['Brigadir Polisi Satu', 'Briptu'],
    ['Brigadir', 'Brigpol'],
    ['Jenderal Polisi', 'Jenderal Pol'],
    ['Bhayangkara Dua', 'Bharada'],
  ])('should map the rank "%s" to "%s"', (written, standard) => {
    expect(standardRank(written)).toBe(standard)
    expect(read(`Hadir ${written} Andi Wirawan di lokasi.`)[0]?.rank).toBe(standard)
  })

  it.each([
    ['SIK', 'S.I.K.'],
    ['S.IK', 'S.I.K.'],
    ['MH', 'M.H.'],
    ['SE', 'S.E.'],
    ['Drs', 'Drs.'],
    ['S. I. K.', 'S.I.K.'],
  ])('should normalise the degree "%s" to "%s"', (written, standard) => {
    expect(standardDegree(written)).toBe(standard)
    expect(isStandardDegreeForm(written)).toBe(false)
    expect(isStandardDegreeForm(standard)).toBe(true)
  })

  it('should take a degree missing only its final dot, as before a comma ("S.I.K, M.Si"), as standard', () => {
    expect(isStandardDegreeForm('S.I.K')).toBe(true)
    expect(isStandardDegreeForm('M.Si')).toBe(true)
  })

  it.each([
    ['S.I.K M.H', ['S.I.K.', 'M.H.']],
    ['S.I.K., M.H.', ['S.I.K.', 'M.H.']],
    ['S.I.K, M.H', ['S.I.K.', 'M.H.']],
    ['SIK MH', ['S.I.K.', 'M.H.']],
    ['SIK., MH.', ['S.I.K.', 'M.H.']],
    ['S.IK.,MH', ['S.I.K.', 'M.H.']],
    ['S. I. K, M. H', ['S.I.K.', 'M.H.']],
    ['s.i.k., m.h.', ['S.I.K.', 'M.H.']],
    ['S.H.MH', ['S.H.', 'M.H.']],
    ['S.H M.Si', ['S.H.', 'M.Si.']],
    ['SIK, MSi', ['S.I.K.', 'M.Si.']],
    ['S.Ik M.si', ['S.I.K.', 'M.Si.']],
    ['S.Tr.K', ['S.Tr.K.']],
    ['S.Sos', ['S.Sos.']],
  ])('should end the name at the degrees "%s", however written, and normalise them', (written, degrees) => {
    expect(read(`Kapolresta Sidoarjo Kombes Pol Rudi Hartono Sianturi ${written} mengatakan.`)).toEqual([
      { rank: 'Kombes Pol', name: 'Rudi Hartono Sianturi', degrees, position: 'Kapolresta Sidoarjo' },
    ])
  })

  it('should read pre-nominal degrees in any case, and keep a physician\'s "dr." apart from a doctorate\'s "Dr."', () => {
    expect(read('Dibuka Kompol drs. Budi Santoso, M.M. selaku Wakapolres.')[0]).toMatchObject({ name: 'Budi Santoso', degrees: ['Drs.', 'M.M.'] })
    expect(read('Hadir AKBP dr. Hendra Wijaya, Sp.PD dari Biddokkes.')[0]).toMatchObject({ name: 'Hendra Wijaya', degrees: ['dr.', 'Sp.PD.'] })
    expect(read('Hadir AKBP Dr. Hendra Wijaya, S.I.K.')[0]?.degrees).toEqual(['Dr.', 'S.I.K.'])
  })

  it('should keep an initial or an honorific in a name, and a Balinese "I" after a degree', () => {
    expect(read('AKBP Budi S. Hartono hadir')[0]?.name).toBe('Budi S. Hartono')
    expect(read('Iptu H. Ahmad Rifai, S.H. hadir')[0]).toMatchObject({ name: 'H. Ahmad Rifai', degrees: ['S.H.'] })
    expect(read('Kasat AKP Budi Santoso, S.H. I Made Astawa hadir.')[0]?.degrees).toEqual(['S.H.'])
  })

  it('should never read an NRP or NIP as a name', () => {
    expect(read('KOMISARIS BESAR POLISI NRP 74030512')).toEqual([])
    expect(read('Penata NIP 198001012005011001 dan AKP NIP. 12345')).toEqual([])
    expect(read('Aipda Budi Santoso NRP 84051234 hadir')[0]?.name).toBe('Budi Santoso')
  })

  it('should not take a name such as "Se" or "Ma" for a degree', () => {
    expect(standardDegree('Se')).toBeNull()
    expect(standardDegree('Ma')).toBeNull()
  })
})

describe('findSignatureMentions', () => {
  const sign = (lines: string[]) => findSignatureMentions(lines).map(({ rank, name, degrees, position }) => ({ rank, name, degrees, position }))

  it('should read a name over a rank line ("KOMISARIS BESAR POLISI NRP ..."), with the position above', () => {
    expect(sign(['Jambi, 16 Maret 2023', 'KEPALA BIDANG HUMAS POLDA JAMBI', 'MULIA NASUTION, S.I.K.', 'KOMISARIS BESAR POLISI NRP 74030512'])).toEqual([
      { rank: 'Kombes Pol', name: 'Mulia Nasution', degrees: ['S.I.K.'], position: 'Kepala Bidang Humas Polda Jambi' },
    ])
    expect(sign(['Drs BUDI SANTOSO SH MH', 'AKBP / NRP. 7403 0512'])).toEqual([
      { rank: 'AKBP', name: 'Budi Santoso', degrees: ['Drs.', 'S.H.', 'M.H.'], position: null },
    ])
  })

  it('should read nothing from a sentence over a rank, or a rank line with more than a number', () => {
    expect(sign(['Kegiatan berjalan aman dan lancar.', 'AKBP'])).toEqual([])
    expect(sign(['MULIA NASUTION, S.I.K.', 'AKBP Budi Santoso memimpin apel'])).toEqual([])
  })
})

describe('mergeOfficials', () => {
  it('should name each person once, in their fullest form, however often and however short they are named', () => {
    const text = [
      'Kapolres Pandanwangi AKBP Dimas Aryo Nugroho, S.I.K., M.M. memimpin upacara.',
      '"Prestasi ini memotivasi," kata AKBP Dimas Aryo Nugroho.',
      'AKBP Dimas Nugroho menegaskan tidak ada toleransi. Kombes Pol Didik Harsono dan Kombes Pol Didik Harsana hadir.',
    ].join(' ')
    expect(mergeOfficials(findOfficialMentions(text))).toEqual([
      { rank: 'AKBP', name: 'Dimas Aryo Nugroho', degrees: ['S.I.K.', 'M.M.'], position: 'Kapolres Pandanwangi' },
      { rank: 'Kombes Pol', name: 'Didik Harsono', degrees: [], position: null },
    ])
  })

  it('should keep two people apart who share a first name but not a rank', () => {
    expect(mergeOfficials(findOfficialMentions('Hadir AKBP Agus Salim dan Iptu Agus Santoso.'))).toHaveLength(2)
  })
})
