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

  it.each([
    ['a WhatsApp sign-off', ['Wassalam', 'Wassalamualaikum wr wb', 'Salam Presisi!', 'Terima kasih', 'Terima kasih Komandan', 'Terimakasih atas perhatiannya', 'Sekian dan terima kasih']],
    ['a report\'s closing to a superior', ['Demikian Komandan, mohon petunjuk', 'Demikian laporan kami', 'Demikian, terima kasih.', 'Mohon izin melaporkan', 'Izin Ndan', 'Siap Komandan']],
    ['a note that the photos come with the message', ['Dokumentasi terlampir', 'Foto kegiatan terlampir', 'Terlampir foto kegiatan']],
    ['a comment form', ['Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *', 'Kolom yang wajib ditandai *', 'Nama*', 'Email*', 'Situs Web', 'Komentar *', 'Kirim Komentar', 'Your email address will not be published. Required fields are marked *']],
    ['a blog\'s pager', ['Posting Lebih Baru Posting Lama Beranda', 'Newer Post Older Post Home']],
    ['a single hashtag', ['#PolriPresisi']],
  ])('should remove %s at the end of the release', (_, lines) => {
    const parsed = release('Polres Blora Gelar Rakor Pengamanan Pilkades', LEAD, BODY, ...lines)
    expect(parsed.fields.bodyParagraphs).toEqual([LEAD.replace('BLORA — ', ''), BODY])
    expect(parsed.removed).toEqual(lines)
  })

  it('should keep body lines that thank, close or open like chrome but are the release\'s', () => {
    const lines = [
      'Terima kasih kepada seluruh personel yang telah bertugas dengan baik.',
      '"Jadi tahu aturan yang baru, terima kasih Pak Polisi," katanya.',
      'Camat menyampaikan terima kasih kepada Polres Blora.',
      'Demikian disampaikan Kasi Humas Polres Blora Iptu Budi Hartono.',
      'Demikian kata Komandan Kodim 0721 Blora usai kegiatan.',
      'Terkait hal tersebut, Kapolres meminta warga tetap tenang.',
      'Terkini, situasi di desa itu sudah kondusif.',
    ]
    const parsed = release('Polres Blora Gelar Rakor Pengamanan Pilkades', LEAD, ...lines)
    expect(parsed.fields.bodyParagraphs).toEqual([LEAD.replace('BLORA — ', ''), ...lines])
    expect(parsed.removed).toEqual([])
  })

  it('should remove a "Related" heading and the posts it lists, in text and in a WordPress page', () => {
    const text = release('Polres Blora Gelar Rakor', LEAD, BODY, 'Related', 'Kapolres Blora Cek Kesiapan Personel Jelang Ramadan')
    expect(text.fields.bodyParagraphs).toEqual([LEAD.replace('BLORA — ', ''), BODY])
    const html = parseRelease(
      {
        html: `<article><h1>Polres Blora Gelar Rakor</h1><p>${LEAD}</p><p>${BODY}</p>
          <div class="jp-relatedposts"><h3>Related</h3><p>Kapolres Blora Cek Kesiapan Personel Jelang Ramadan</p></div></article>
          <div class="blog-pager"><p>Posting Lebih Baru Posting Lama Beranda</p></div>`,
      },
      context,
    )
    expect(html.fields.bodyParagraphs).toEqual([LEAD.replace('BLORA — ', ''), BODY])
    expect(html.removed).toEqual(['Related', 'Kapolres Blora Cek Kesiapan Personel Jelang Ramadan', 'Posting Lebih Baru Posting Lama Beranda'])
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

  it('should take no unit or area for a named place ("di Polres Blora, Kabupaten ...")', () => {
    for (const phrase of ['sambang di Polres Blora, Kabupaten Blora.', 'patroli di Kota Baru, Kecamatan Cepu.']) {
      expect(release('Polres Blora Gelar Kegiatan', `BLORA — Polres Blora menggelar kegiatan, Selasa (4/7/2023), ${phrase}`).fields.venue).toBeNull()
    }
  })

  it('should guess the village the lead names when no phrase names the venue, and say so', () => {
    const parsed = release('Polsek Cepu Salurkan Air Bersih', 'CEPU — Polsek Cepu menyalurkan air bersih kepada warga Desa Gunung Sari yang dilanda kekeringan, Senin (10/7/2023) pagi.')
    expect(parsed.fields.venue).toBe('Desa Gunung Sari')
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ code: 'GUESSED_VENUE', field: 'venue' }))
    expect(codes(parsed)).not.toContain('NO_VENUE')
    const unit = release('Bhabinkamtibmas Sambang Warga', 'CEPU — Bhabinkamtibmas Desa Tulakan Kidul Polsek Cepu AIPDA Budi Santoso menyambangi warga, Senin (10/7/2023).')
    expect(unit.fields.venue).toBe('Desa Tulakan Kidul')
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
    ['di Balai Desa Sidomulyo, Kecamatan Tegalrejo, Kabupaten Blora.', 'Balai Desa Sidomulyo'],
    ['ke perajin di Sanggar Ukir Margo Utomo, Desa Tulakan Kidul, pada Sabtu', 'Sanggar Ukir Margo Utomo'],
    ['bersama petani di Kelompok Tani Sumber Rejeki, Desa Wonosari, pada Senin', 'Kelompok Tani Sumber Rejeki'],
    ['bertempat di Kampung Klasaman, Distrik Klaurung, didampingi', 'Kampung Klasaman, Distrik Klaurung'],
  ])('should read the venue "%s"', (phrase, venue) => {
    expect(release('Polres Blora Gelar Kegiatan', `BLORA — Polres Blora menggelar kegiatan, Selasa (4/7/2023), ${phrase}`).fields.venue).toBe(venue)
  })
})

describe('parseRelease: officials in a signature block', () => {
  it('should read the signer of a Word release once, and never an NRP as a name', () => {
    const parsed = release(
      'Polda Jambi Gelar Rakernis Fungsi Humas',
      'JAMBI – Polda Jambi menggelar rakernis fungsi humas pada Kamis, 16 Maret 2023 pukul 08.30 WIB di Ballroom Hotel Batanghari.',
      'Kabid Humas Polda Jambi Kombes Pol Mulia Nasution, S.I.K. mengatakan rakernis berlangsung dua hari.',
      'Jambi, 16 Maret 2023',
      'KEPALA BIDANG HUMAS POLDA JAMBI',
      'MULIA NASUTION, S.I.K.',
      'KOMISARIS BESAR POLISI NRP 74030512',
    )
    expect(parsed.fields.officials).toEqual([{ rank: 'Kombes Pol', name: 'Mulia Nasution', degrees: ['S.I.K.'], position: 'Kabid Humas Polda Jambi' }])
  })

  it('should read a signer the body does not name, with the position above the name', () => {
    const parsed = release('Polres Blora Gelar Rakor Pengamanan Pilkades', LEAD, 'Kepala Seksi Humas Polres Blora', 'AGUS WIBOWO, S.H.', 'AKP NRP 80071234')
    expect(parsed.fields.officials).toEqual([{ rank: 'AKP', name: 'Agus Wibowo', degrees: ['S.H.'], position: 'Kepala Seksi Humas Polres Blora' }])
  })
})

describe('parseRelease: a day relative to the page\'s date stamp', () => {
  const lead = 'PEKANBARU – Polda Riau menetapkan tiga tersangka pembakaran lahan dalam konferensi pers yang digelar kemarin siang di Gedung Media Center Polda Riau.'

  it('should count "kemarin siang" from a news page\'s stamp, guessing the time and saying so', () => {
    const parsed = release('riauterkini.com', 'Polda Riau Tetapkan Tiga Tersangka Pembakaran Lahan', 'Kamis, 16 November 2023 | 07:45 WIB', 'Oleh: Rahmad Hidayat', lead)
    expect(parsed.fields.activityAt).toBe('2023-11-15T12:00:00+07:00')
    expect(parsed.fields.activityDateText).toBe('kemarin siang')
    expect(codes(parsed)).toEqual(expect.arrayContaining(['DATE_FROM_STAMP', 'GUESSED_TIME']))
  })

  it.each([
    ['a stamp above the headline', ['Rabu, 15 November 2023', 'Polda Riau Tetapkan Tiga Tersangka']],
    ['a blog\'s month-first stamp', ['Polda Riau Tetapkan Tiga Tersangka', 'Rabu, November 15, 2023']],
    ['a "Posted on" line', ['Polda Riau Tetapkan Tiga Tersangka', 'Posted on November 15, 2023 by admin']],
  ])('should take the date from %s', (_, header) => {
    expect(release(...header, lead.replace('kemarin siang', 'hari ini')).fields.activityAt).toBe('2023-11-15T00:00:00+07:00')
  })

  it('should take a letter\'s closing "Place, date" line as the document\'s date', () => {
    const parsed = release('Polda Riau Tetapkan Tiga Tersangka', lead.replace('kemarin siang', 'tadi pagi'), BODY, 'Pekanbaru, 16 November 2023')
    expect(parsed.fields.activityAt).toBe('2023-11-16T08:00:00+07:00')
  })

  it('should give no date, with a warning, when nothing stamps the text (a WhatsApp message)', () => {
    const parsed = release('Polda Riau Tetapkan Tiga Tersangka', lead)
    expect(parsed.fields.activityAt).toBeNull()
    expect(parsed.warnings).toContainEqual(expect.objectContaining({ code: 'RELATIVE_DATE', field: 'activityAt' }))
    expect(codes(parsed)).not.toContain('DATE_FROM_STAMP')
  })

  it('should prefer a written date to a relative day', () => {
    const parsed = release('Kamis, 16 November 2023 | 07:45 WIB', 'Polda Riau Tetapkan Tiga Tersangka', lead.replace('kemarin siang', 'Selasa (14/11/2023) pukul 10.00 WIB'))
    expect(parsed.fields.activityAt).toBe('2023-11-14T10:00:00+07:00')
    expect(codes(parsed)).not.toContain('DATE_FROM_STAMP')
  })
})
