import { describe, expect, it } from 'vitest'

import { seedActivityTypes } from '@/seed/data/taxonomy'

import { parseRelease } from './parseRelease'

const context = {
  activityTypes: seedActivityTypes.map(({ slug, name }, index) => ({ id: index + 1, name, slug })),
  timeZone: 'Asia/Jakarta' as const,
  now: new Date('2023-07-10T00:00:00+07:00'),
}
const idOf = (slug: string) => context.activityTypes.find((term) => term.slug === slug)?.id
const LEAD = 'BLORA — Polres Blora menggelar rapat koordinasi pengamanan pilkades, Selasa (4/7/2023) pukul 08.00 WIB bertempat di Aula Rupatama Polres Blora.'
const BODY = '"Kita jaga bersama situasi yang kondusif," kata Kapolres Blora AKBP Budi Santoso, S.I.K.'
const release = (...lines: string[]) => parseRelease({ text: lines.join('\n') }, context)
const codes = (parsed: ReturnType<typeof release>) => parsed.warnings.map((warning) => warning.code)

describe('parseRelease: the headline', () => {
  it('should take the line above the dateline as the headline, and fill every field from the lead', () => {
    const parsed = release('Polres Blora Gelar Rakor Pengamanan Pilkades', LEAD, BODY)
    expect(parsed.fields).toMatchObject({
      title: 'Polres Blora Gelar Rakor Pengamanan Pilkades',
      datelineCity: 'BLORA',
      activityAt: '2023-07-04T08:00:00+07:00',
      activityDateText: 'Selasa (4/7/2023) pukul 08.00 WIB',
      activityType: idOf('rakor'),
      venue: 'Aula Rupatama Polres Blora',
      officials: [{ rank: 'AKBP', name: 'Budi Santoso', degrees: ['S.I.K.'], position: 'Kapolres Blora' }],
      bodyParagraphs: [LEAD.replace('BLORA — ', ''), BODY],
    })
    expect(parsed.fields.summary).toBe(LEAD.replace('BLORA — ', ''))
    expect(parsed.warnings).toEqual([])
  })

  it('should skip a kicker in capitals above the headline, reporting it as removed', () => {
    const parsed = release('HUMAS POLRES BLORA', 'Polres Blora Gelar Rakor Pengamanan Pilkades', LEAD)
    expect(parsed.fields.title).toBe('Polres Blora Gelar Rakor Pengamanan Pilkades')
    expect(parsed.removed).toContain('HUMAS POLRES BLORA')
  })

  it('should take a headline written in capitals when there is no other', () => {
    expect(release('POLRES BLORA GELAR RAKOR PENGAMANAN PILKADES', LEAD).fields.title).toBe('POLRES BLORA GELAR RAKOR PENGAMANAN PILKADES')
  })

  it('should take the headline once when it is repeated, and drop the repeat from the body', () => {
    const title = 'Polres Blora Gelar Rakor Pengamanan Pilkades'
    const parsed = release(title.toUpperCase(), title, LEAD, title, BODY)
    expect(parsed.fields.title).toBe(title)
    expect(parsed.fields.bodyParagraphs).not.toContain(title)
  })

  it('should skip a page name above the headline ("Humas Polres Blora")', () => {
    expect(release('Humas Polres Blora', 'Polres Blora Gelar Rakor Pengamanan Pilkades', LEAD).fields.title).toBe(
      'Polres Blora Gelar Rakor Pengamanan Pilkades',
    )
  })

  it('should guess a headline from the lead when there is none, and say so', () => {
    const parsed = release(LEAD, BODY)
    expect(parsed.fields.title).toBe('Polres Blora menggelar rapat koordinasi pengamanan pilkades, Selasa (4/7/2023) pukul 08.00 WIB bertempat di')
    expect(codes(parsed)).toContain('GUESSED_TITLE')
  })

  it('should warn when the lead has no dateline', () => {
    const parsed = release('Polres Blora Gelar Rakor Pengamanan Pilkades', LEAD.replace('BLORA — ', ''))
    expect(parsed.fields.datelineCity).toBeNull()
    expect(codes(parsed)).toContain('NO_DATELINE')
  })

  it('should say EMPTY_INPUT for nothing usable', () => {
    expect(codes(parseRelease({ text: ' \n\n ' }, context))).toEqual(['EMPTY_INPUT'])
    expect(codes(parseRelease({ html: '<div><script>x()</script></div>' }, context))).toEqual(['EMPTY_INPUT'])
  })
})

describe('parseRelease: site chrome', () => {
  it.each([
    ['a share widget', ['Share', 'Bagikan:', 'Facebook Twitter WhatsApp', 'Share this:']],
    ['a comment widget', ['0 comments', '3 Komentar', 'Tinggalkan Komentar', 'Tulis Komentar', 'Komentar (0)']],
    ['a view counter', ['Dibaca: 1.204 kali', 'Dilihat 532 kali', '1.245 views']],
    ['a login box', ['Login', 'Username', 'Password', 'Lupa password?', 'Masuk / Daftar']],
    ['another site\'s credits', ['Editor : Rizal Fahmi', 'Penulis: Dian | Editor: Hendra', 'Sumber: beritabanten.example.co.id', 'www.example.com']],
    ['a "Last Updated" stamp', ['Last Updated: 17 Agustus 2023, 16:40 WIB', 'Diperbarui: 8 Maret 2023 15:02', 'Rabu, 24 Mei 2017 | 10:15 WIB']],
    ['a keyword line', ['Tags: Polres Blora, Pilkades', 'Kata kunci: kamtibmas', '#PolriPresisi #Humas']],
    ['a menu and breadcrumbs', ['Home » Berita » Daerah', 'Beranda', 'Kontak']],
    ['a copyright line', ['© 2023 Humas Polres Blora', 'Copyright © 2023 Tribrata']],
  ])('should remove %s', (_, lines) => {
    const parsed = release(...lines, 'Polres Blora Gelar Rakor Pengamanan Pilkades', LEAD, BODY, ...lines)
    for (const line of lines) {
      expect(parsed.removed).toContain(line)
      expect(parsed.fields.bodyParagraphs).not.toContain(line)
    }
    expect(parsed.fields.title).toBe('Polres Blora Gelar Rakor Pengamanan Pilkades')
  })

  it('should remove a "Baca juga" heading and the related stories it lists, then keep the body after it', () => {
    const parsed = release('Polres Blora Gelar Rakor', LEAD, 'Baca juga:', 'Polres Blora Amankan Pasar Malam', 'Kapolsek Cepu Sambang Warga', BODY)
    expect(parsed.removed).toEqual(['Baca juga:', 'Polres Blora Amankan Pasar Malam', 'Kapolsek Cepu Sambang Warga'])
    expect(parsed.fields.bodyParagraphs).toContain(BODY)
  })

  it('should cut a "Baca juga:" written inside a paragraph', () => {
    const parsed = release('Polres Blora Gelar Rakor', `${LEAD} Baca juga: Polres Blora Amankan Pasar Malam`)
    expect(parsed.fields.bodyParagraphs[0]).toBe(LEAD.replace('BLORA — ', ''))
    expect(parsed.removed).toEqual(['Baca juga: Polres Blora Amankan Pasar Malam'])
  })

  it('should keep a photo caption with its credit as a caption, not body', () => {
    for (const caption of ['Kapolres memberi arahan (Foto: Humas Polres Blora)', 'Foto: Humas Polres Blora', 'Ket foto: Kapolres saat apel']) {
      const parsed = release('Polres Blora Gelar Rakor', LEAD, caption, BODY)
      expect(parsed.fields.captions).toEqual([caption])
      expect(parsed.fields.bodyParagraphs).not.toContain(caption)
    }
  })

  it('should clean a WhatsApp message: *bold*, _italic_, emoji, greetings and sign-offs', () => {
    const parsed = release('Selamat pagi rekan-rekan 🙏', '🚨 *Polres Blora Gelar Rakor Pengamanan Pilkades* 🚨', `*BLORA* — ${LEAD.slice(8)} ✅`, 'Demikian kami laporkan, mohon petunjuk.')
    expect(parsed.fields.title).toBe('Polres Blora Gelar Rakor Pengamanan Pilkades')
    expect(parsed.fields.datelineCity).toBe('BLORA')
    expect(parsed.fields.bodyParagraphs).toEqual([LEAD.slice(8)])
    expect(parsed.removed).toEqual(['Selamat pagi rekan-rekan', 'Demikian kami laporkan, mohon petunjuk.'])
  })

  it('should keep a template\'s fact lines in the body and read the date, time and venue from them', () => {
    const parsed = release(
      '*Polres Blora Laksanakan Donor Darah*',
      '📅 Hari/Tanggal : Kamis, 14 September 2023',
      '⏰ Waktu : 09.00 WIB s/d selesai',
      '📍 Tempat : Aula Wira Satya Polres Blora',
      'Dalam rangka HUT Lalu Lintas, Satlantas Polres Blora menggelar donor darah yang diikuti personel dan warga.',
    )
    expect(parsed.fields).toMatchObject({ activityAt: '2023-09-14T09:00:00+07:00', venue: 'Aula Wira Satya Polres Blora', activityType: idOf('bakti-sosial') })
    expect(parsed.fields.bodyParagraphs[0]).toBe('Hari/Tanggal : Kamis, 14 September 2023')
  })
})

describe('parseRelease: HTML', () => {
  it('should read an HTML page: blocks to lines, h1 as headline, menus, widgets and forms removed, figcaption kept', () => {
    const html = `<nav><a href="/">Beranda</a></nav><article><h1>Polres Blora Gelar Rakor</h1>
      <div class="share-buttons">Bagikan</div><p><strong>BLORA</strong> — Polres Blora menggelar rapat koordinasi,
      Selasa (4/7/2023) pukul 08.00 WIB di Aula Rupatama Polres Blora.</p>
      <figure><figcaption>Suasana rakor (Foto: Humas Polres Blora)</figcaption></figure><p>Kapolres AKBP Budi Santoso &amp; jajaran hadir.</p></article>
      <aside class="related"><ul><li><a href="/a">Berita lain</a></li></ul></aside><form><label>Komentar</label></form>`
    const parsed = parseRelease({ html }, context)
    expect(parsed.fields).toMatchObject({
      title: 'Polres Blora Gelar Rakor',
      datelineCity: 'BLORA',
      activityAt: '2023-07-04T08:00:00+07:00',
      captions: ['Suasana rakor (Foto: Humas Polres Blora)'],
      bodyParagraphs: [
        'Polres Blora menggelar rapat koordinasi, Selasa (4/7/2023) pukul 08.00 WIB di Aula Rupatama Polres Blora.',
        'Kapolres AKBP Budi Santoso & jajaran hadir.',
      ],
    })
    expect(parsed.removed).toEqual(['Beranda', 'Bagikan', 'Berita lain', 'Komentar'])
  })
})

describe('parseRelease: activity type and venue', () => {
  it.each([
    ['Polres Blora Ikuti Vicon Evaluasi Humas', 'vicon'],
    ['Polres Blora Ikuti Video Conference Evaluasi Humas', 'vicon'],
    ['Polres Blora Ikuti Zoom Meeting Evaluasi Humas', 'zoom-meeting'],
    ['Polres Blora Ikuti Webinar Literasi Digital', 'zoom-meeting'],
    ['Bidhumas Gelar Workshop Media Online', 'workshop'],
    ['Bidhumas Gelar Lokakarya Media Online', 'workshop'],
    ['Polda Gelar Rakernis Fungsi Humas', 'rakernis'],
    ['Polda Gelar Rapat Kerja Teknis Fungsi Humas', 'rakernis'],
    ['Polres Blora Gelar Rakor Pilkades', 'rakor'],
    ['Polres Blora Gelar Rapat Koordinasi Pilkades', 'rakor'],
    ['Satlantas Sosialisasi Tertib Lalu Lintas', 'sosialisasi'],
    ['Satbinmas Beri Penyuluhan Bahaya Narkoba', 'sosialisasi'],
    ['Polda Gelar Konferensi Pers Kasus Penipuan', 'konferensi-pers'],
    ['Polres Gelar Press Release Kasus Curanmor', 'konferensi-pers'],
    ['Polres Gelar Apel Gelar Pasukan', 'upacara'],
    ['Kapolda Kunjungi Polres Blora', 'kunjungan'],
    ['Polres Gelar Bakti Sosial di Desa Nipa', 'bakti-sosial'],
    ['Polres Amankan Ibadah Natal', 'pengamanan'],
  ])('should read "%s" as %s', (title, slug) => {
    expect(release(title, LEAD.replace('rapat koordinasi pengamanan pilkades', 'kegiatan'), BODY).fields.activityType).toBe(idOf(slug))
  })

  it('should say NO_ACTIVITY_TYPE when no kind of the unit is named', () => {
    expect(codes(release('Polres Blora Terima Tamu', 'BLORA — Polres Blora menerima tamu dari kabupaten tetangga, Selasa (4/7/2023).'))).toContain('NO_ACTIVITY_TYPE')
  })

  it.each([
    ['bertempat di Aula Bhara Daksa Polres Blora, dihadiri', 'Aula Bhara Daksa Polres Blora'],
    ['di Hotel Sungai Mas Palembang.', 'Hotel Sungai Mas Palembang'],
    ['di ruang vicon Bidhumas Polda Sumsel yang dipimpin Kabid', 'Ruang vicon Bidhumas Polda Sumsel'],
    ['di aula Mapolres Blora pada pagi hari', 'Aula Mapolres Blora'],
    ['yang dipusatkan di Gedung Serbaguna Polres Blora itu', 'Gedung Serbaguna Polres Blora'],
    ['di Ruang Rapat Kapolres, Jalan Pemuda No. 1, Blora.', 'Ruang Rapat Kapolres, Jalan Pemuda No. 1, Blora'],
    ['ke Kantor Redaksi Suara Blora pada Jumat', 'Kantor Redaksi Suara Blora'],
  ])('should read the venue "%s"', (phrase, venue) => {
    expect(release('Polres Blora Gelar Kegiatan', `BLORA — Polres Blora menggelar kegiatan, Selasa (4/7/2023), ${phrase}`).fields.venue).toBe(venue)
  })
})
