import { POSITION_HEAD_SOURCE } from './positions'
import { RANK_SOURCE } from './ranks'

export type Dateline = { city: string; /** The lead after the dateline. */ rest: string; /** The dateline as written. */ text: string }

const WORD = "[A-Z][\\p{L}'’.]*"
const CITY = `${WORD}(?:[ -]${WORD}){0,3}`
const CAPS_CITY = "[A-Z][A-Z'’.]*(?:[ -][A-Z][A-Z'’.]*){0,3}"
const SITE = '[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+'
const DASH = '[-–—|]+'

/** The shapes releases open with, most specific first. */
const SHAPES: RegExp[] = [
  // site.go.id – SULAWESI SELATAN. Kapolda ...
  new RegExp(`^${SITE}\\s*[-–—|:]+\\s*(?<city>${CAPS_CITY})\\s*[.,:–—-]+\\s*`, 'u'),
  // CILEGON, SITE.CO.ID | Kapolres ...
  new RegExp(`^(?<city>${CITY})\\s*,\\s*${SITE}\\s*${DASH}\\s*`, 'u'),
  // Palembang (ANTARA) - ..., BLORA, Jateng (Humas) – ...
  new RegExp(`^(?<city>${CITY})\\s*(?:,\\s*[^()\\n]{1,30}?)?\\s*\\([^)]{1,60}\\)\\s*[,.]?\\s*[-–—:|]+\\s*`, 'u'),
  // Blora,- ...
  new RegExp(`^(?<city>${CITY})\\s*,\\s*[-–—]+\\s*`, 'u'),
  // Palembang, 23 Mei 2017 – ..., MAKASSAR, Sulsel — ...
  new RegExp(`^(?<city>${CITY})\\s*,\\s*[^\\n.]{1,45}?\\s+[-–—|]+\\s+`, 'u'),
  // BLORA — ..., BLORA: ...
  new RegExp(`^(?<city>${CAPS_CITY})\\s*(?:${DASH}|:)\\s*`, 'u'),
  // Blora – ... (a capitalised name needs a spaced dash)
  new RegExp(`^(?<city>${CITY})\\s+[-–—]+\\s+`, 'u'),
]

/** Words that open a sentence or name a unit or person, never a city. */
const NOT_CITY = new RegExp(
  `^(?:${RANK_SOURCE}|${POSITION_HEAD_SOURCE}|(?:Polres|Polresta|Polrestabes|Polda|Polsek|Polri|Mabes|Humas|Bidhumas|Divhumas|Subbag|Sat[A-Z]?\\p{L}*|Foto|Editor|Berita|Baca|Sumber|Rilis|Siaran|Pers|Tim|Personel|Jajaran|Dalam|Pada|Kegiatan|Acara|Hari|Tanggal|Warga|Masyarakat|Kepala|Wakil|Para|Seluruh|Bhabinkamtibmas|Anggota|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Nomor|No|Lampiran|Perihal|Hal|Keterangan|Ket|Judul|Tempat|Waktu|Lokasi))(?![\\p{L}])`,
  'u',
)

/** The dateline a lead opens with ("BLORA —", "Blora,-", "Palembang (ANTARA) -" ...), or null. */
export const readDateline = (line: string): Dateline | null => {
  for (const shape of SHAPES) {
    const match = shape.exec(line)
    const city = match?.groups?.city?.replace(/[.’']+$/, '').trim()
    if (!match || !city || city.length < 3 || city.length > 40 || city.split(/[ -]/).some((word) => NOT_CITY.test(word))) continue
    const rest = line.slice(match[0].length).trim()
    // A dateline is followed by its lead, or stands alone on its line.
    if (rest && !/^["“'‘(\p{Lu}\d]/u.test(rest)) continue
    return { city: city.toLocaleUpperCase('id-ID'), rest, text: match[0].trim() }
  }
  return null
}
