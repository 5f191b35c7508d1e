import { NAME_STOPS } from './nameStops'
import { standardRank } from './ranks'

/** Where an activity was held, read from the phrases releases use ("bertempat di ...", "di Aula ..."). */

const MARKER = /\b(?:(?:bertempat|berlokasi)\s+(?:di\s+)?|(?:dipusatkan|digelar|dilaksanakan|diselenggarakan|diadakan|berlangsung)\s+di\s+)/giu
/** Words that open the name of a building or a ground, then of an area (a village is less precise than its hall). */
const BUILDING_WORDS =
  'ruang(?:an)?|aula|gedung|hotel|lapangan|halaman|mapolda|mapolres(?:ta|tabes)?|mapolsek|mako|markas|balai|pendopo|pendapa|kantor|masjid|gereja|pura|vihara|rupatama|auditorium|graha|wisma|stadion|gor|gelanggang|taman|pantai|pasar|sekolah|sma|smk|smp|sd|madrasah|universitas|kampus|pondok|ponpes|command\\s+center|posko|pos\\s+(?:pam|pelayanan|pengamanan|terpadu|ronda|polisi|kamling)|terminal|pelabuhan|bandara|alun-alun|rumah|rsud|rs|klinik|puskesmas|mall|kafe|cafe|restoran|rumah\\s+makan|guest\\s+house|ballroom|convention|lobi|lobby|dermaga|sanggar|padepokan|sasana|gudang|pabrik|lapas|rutan|museum|perpustakaan|stasiun|koperasi|posyandu|monumen|makam|tpu|bendungan|waduk|embung|sentra|studio'
const AREA_WORDS = 'desa|kelurahan|kampung|dusun|lokasi|kawasan|komplek|kompleks|perumahan'
const placeAfter = (prepositions: string, words: string) => new RegExp(`\\b(?:${prepositions})\\s+(?=(?:${words})(?![\\p{L}]))`, 'giu')
// A visit's destination ("kunjungan ke Kantor Redaksi ...", "mengunjungi SD Inpres ...") is its
// venue; an area after "ke" is not.
const BUILDING = placeAfter('di|dari|ke|mengunjungi|menyambangi|mendatangi', BUILDING_WORDS)
const AREA = placeAfter('di|dari', AREA_WORDS)
const STRUCTURED = /^(?:tempat|lokasi|bertempat)\s*[:：]\s*(.+)$/iu
/** The areas of the administrative address written after a venue ("..., Desa Tulakan Kidul, ..."). */
const ADDRESS_AREA = 'desa|kelurahan|kel\\.|kecamatan|kec\\.|kampung|dusun|distrik|nagari|gampong|kabupaten|kab\\.|kota|provinsi'
const ADDRESS_AFTER = new RegExp(`,\\s*(?=(?:${ADDRESS_AREA})(?![\\p{L}]))`, 'iu')
const STARTS_AREA = new RegExp(`^(?:${AREA_WORDS}|${ADDRESS_AREA})(?![\\p{L}])`, 'iu')
/**
 * A named place of any kind followed by its address ("di Sanggar Ukir Margo Utomo, Desa Tulakan
 * Kidul"): two to seven capitalised words after "di", then a comma and an area. The address says the
 * words before it are a place, whatever its kind.
 */
const NAMED_PLACE = /\b[Dd]i\s+((?:\p{Lu}[\p{L}\d'’.-]*\s+){1,6}\p{Lu}[\p{L}\d'’.-]*)\s*,\s*(\p{L}+\.?)/gu
const ADDRESS_WORD = new RegExp(`^(?:${ADDRESS_AREA})$`, 'iu')
/** Words that open a unit or an area, not a place: "di Polres Jepara, Kabupaten ...", "di Kota Baru, ...". */
const NOT_A_PLACE = new RegExp(`^(?:${ADDRESS_AREA}|polda|polres\\p{L}*|polsek|polri|mabes|provinsi|wilayah|daerah)(?![\\p{L}])`, 'iu')

/** Where a venue phrase ends: punctuation, or a lowercase word after a comma (case matters here). */
const ENDS_MARK = /(?<!\b(?:Jl|Jln|No|Kec|Kab|Kel|Ds|Gg|Dr|H|Hj|Prof|Ir|St|RT|RW|Komp))[.;!?](?=\s|$)|\s[-–—]\s|,\s*(?=[\p{Ll}(])|\s\(/u
/** ... or the words that take the sentence on after it, in any case ("YANG" in a release in capitals). */
const ENDS_WORD = new RegExp(
  `[\\s,]+(?:pada|yang|dengan|sekitar|mulai|pukul|jam|sejak|selama|dalam|guna|untuk|serta|dan|dipimpin|dihadiri|diikuti|oleh|bersama|hari|tanggal|sebagai|kemarin|tadi|bagi|terkait|tentang|mengenai|saat|ketika|melalui|via|secara|setelah|sebelum|usai|hingga|sampai|kepada|agar|supaya|tersebut|ini|itu|menggunakan|senin|selasa|rabu|kamis|jum.?at|sabtu|minggu)(?![\\p{L}])`,
  'iu',
)

const clean = (chunk: string): string | null => {
  // A building's address is not its name: "Sanggar ..., Desa ..." ends at the comma; an area keeps its own.
  const address = STARTS_AREA.test(chunk.trimStart()) ? undefined : ADDRESS_AFTER.exec(chunk)?.index
  const ends = [ENDS_MARK.exec(chunk)?.index, ENDS_WORD.exec(chunk)?.index, address].filter((at): at is number => at !== undefined)
  let venue = (ends.length ? chunk.slice(0, Math.min(...ends)) : chunk).trim().replace(/[\s,.:;"”)]+$/u, '')
  if (venue.length > 150) venue = venue.slice(0, 150).replace(/\s+\S*$/, '')
  if (venue.length < 3 || !/\p{L}{3}/u.test(venue)) return null
  // A place word alone, in lowercase ("di sekolah tersebut"), names no place.
  if (!/\s/.test(venue) && venue === venue.toLowerCase()) return null
  return venue.charAt(0).toLocaleUpperCase('id-ID') + venue.slice(1)
}

const firstAfter = (text: string, pattern: RegExp): string | null => {
  for (const match of text.matchAll(pattern)) {
    const venue = clean(text.slice(match.index + match[0].length, match.index + match[0].length + 300))
    if (venue) return venue
  }
  return null
}

const namedPlace = (text: string): string | null => {
  for (const match of text.matchAll(NAMED_PLACE)) {
    const place = match[1] ?? ''
    if (!ADDRESS_WORD.test(match[2] ?? '') || NOT_A_PLACE.test(place)) continue
    const venue = clean(place)
    if (venue) return venue
  }
  return null
}

/** A village a lead names without a preposition ("... kepada warga Desa Gunung Sari yang ..."). */
const VILLAGE = /(?<![\p{L}])(?:Desa|Kelurahan|Kampung|Dusun|Nagari|Gampong|Negeri)(?:\s+\p{Lu}[\p{L}'’-]*){1,4}/gu

/**
 * The venue guessed when no phrase names it: the first village the lead names, its name ending at a
 * unit, a rank or a verb ("Bhabinkamtibmas Desa Tulakan Kidul Polsek ..." gives "Desa Tulakan Kidul").
 * Activities of this genre are mostly held in the village they are for; the caller says it guessed.
 */
export const guessVenue = (lead: string): string | null => {
  for (const match of lead.matchAll(VILLAGE)) {
    const [area = '', ...words] = match[0].split(/\s+/)
    const name: string[] = []
    for (const word of words) {
      if (NAME_STOPS.has(word.toLowerCase()) || standardRank(word) !== null || (word.length > 1 && word === word.toUpperCase())) break
      name.push(word)
    }
    if (name.length) return `${area} ${name.join(' ')}`
  }
  return null
}

/**
 * The venue: a "Tempat :" line, else the first "bertempat di ..." phrase, else the first "di <building>
 * ...", else "di <named place>, <area>", else "di <area> ..." phrase, each looked for in the lead
 * before the rest of the body. Null when none.
 */
export const readVenue = (paragraphs: string[]): string | null => {
  for (const paragraph of paragraphs) {
    const structured = STRUCTURED.exec(paragraph)?.[1]
    if (structured) return clean(structured)
  }
  for (const pattern of [MARKER, BUILDING, NAMED_PLACE, AREA]) {
    for (const paragraph of paragraphs) {
      const venue = pattern === NAMED_PLACE ? namedPlace(paragraph) : firstAfter(paragraph, pattern)
      if (venue) return venue
    }
  }
  return null
}
