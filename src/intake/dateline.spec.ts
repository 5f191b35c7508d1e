import { describe, expect, it } from 'vitest'

import { readDateline } from './dateline'

describe('readDateline', () => {
  it.each([
    ['BLORA — Kapolres Blora memimpin apel.', 'BLORA', 'Kapolres Blora memimpin apel.'],
    ['BLORA - Kapolres Blora memimpin apel.', 'BLORA', 'Kapolres Blora memimpin apel.'],
    ['Blora,- Kapolres Blora memimpin apel.', 'BLORA', 'Kapolres Blora memimpin apel.'],
    ['SERANG,- Kabid Humas melakukan kunjungan.', 'SERANG', 'Kabid Humas melakukan kunjungan.'],
    ['Palembang (ANTARA) - Bidang Humas menggelar workshop.', 'PALEMBANG', 'Bidang Humas menggelar workshop.'],
    ['JAYAPURA (Humas Polda Papua) – Kapolda memimpin rakor.', 'JAYAPURA', 'Kapolda memimpin rakor.'],
    ['REMBANGAN, Jateng (Humas) - Polres mengikuti zoom meeting.', 'REMBANGAN', 'Polres mengikuti zoom meeting.'],
    ['CILEGON, SITE.CO.ID | Polres menggelar konferensi pers.', 'CILEGON', 'Polres menggelar konferensi pers.'],
    ['Ambon, humaspolda.example.id – Sebanyak 650 personel dikerahkan.', 'AMBON', 'Sebanyak 650 personel dikerahkan.'],
    ['site.go.id – SULAWESI SELATAN. Bidhumas mengikuti vicon.', 'SULAWESI SELATAN', 'Bidhumas mengikuti vicon.'],
    ['MAKASSAR, Sulsel — Polrestabes menggelar bakti sosial.', 'MAKASSAR', 'Polrestabes menggelar bakti sosial.'],
    ['Palembang, 23 Mei 2017 - Kapolda memimpin upacara.', 'PALEMBANG', 'Kapolda memimpin upacara.'],
    ['KALI BIRU, Sabtu (2/12/2023) - Kapolsek memimpin patroli.', 'KALI BIRU', 'Kapolsek memimpin patroli.'],
    ['Tanjung Kelam – Polres menggelar rakernis.', 'TANJUNG KELAM', 'Polres menggelar rakernis.'],
    ['GIRIASIH | Polres menggelar pelatihan.', 'GIRIASIH', 'Polres menggelar pelatihan.'],
    ['MANADO: Polda menggelar rapat.', 'MANADO', 'Polda menggelar rapat.'],
    ['SINDANGJAYA –', 'SINDANGJAYA', ''],
  ])('should read the dateline of "%s"', (line, city, rest) => {
    expect(readDateline(line)).toMatchObject({ city, rest })
  })

  it.each([
    'Kapolres Blora - AKBP Budi memimpin apel.',
    'Polres Blora menggelar apel pagi.',
    'Foto: Humas Polres Blora',
    'TEGALREJO. Bhabinkamtibmas memberi penyuluhan.',
    '"Kami siap," kata Kapolres.',
  ])('should find no dateline in "%s"', (line) => {
    expect(readDateline(line)).toBeNull()
  })
})
