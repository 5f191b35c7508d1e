/** Where an activity was held, read from the phrases releases use ("bertempat di ...", "di Aula ..."). */

const MARKER = /\b(?:(?:bertempat|berlokasi)\s+(?:di\s+)?|(?:dipusatkan|digelar|dilaksanakan|diselenggarakan|diadakan|berlangsung)\s+di\s+)/giu
/** Words that open the name of a building or a ground, then of an area (a village is less precise than its hall). */
const BUILDING_WORDS =
  'ruang(?:an)?|aula|gedung|hotel|lapangan|halaman|mapolda|mapolres(?:ta|tabes)?|mapolsek|mako|markas|balai|pendopo|pendapa|kantor|masjid|gereja|pura|vihara|rupatama|auditorium|graha|wisma|stadion|gor|gelanggang|taman|pantai|pasar|sekolah|sma|smk|smp|sd|madrasah|universitas|kampus|pondok|ponpes|command\\s+center|posko|pos\\s+(?:pam|pelayanan|pengamanan|terpadu|ronda|polisi|kamling)|terminal|pelabuhan|bandara|alun-alun|rumah|rsud|rs|klinik|puskesmas|mall|kafe|cafe|restoran|rumah\\s+makan|guest\\s+house|ballroom|convention|lobi|lobby|dermaga'
const AREA_WORDS = 'desa|kelurahan|kampung|dusun|lokasi|kawasan|komplek|kompleks|perumahan'
const placeAfter = (prepositions: string, words: string) => new RegExp(`\\b(?:${prepositions})\\s+(?=(?:${words})(?![\\p{L}]))`, 'giu')
// A visit's destination ("kunjungan ke Kantor Redaksi ...", "mengunjungi SD Inpres ...") is its
// venue; an area after "ke" is not.
const BUILDING = placeAfter('di|dari|ke|mengunjungi|menyambangi|mendatangi', BUILDING_WORDS)
const AREA = placeAfter('di|dari', AREA_WORDS)
const STRUCTURED = /^(?:tempat|lokasi|bertempat)\s*[:：]\s*(.+)$/iu

/** Where a venue phrase ends: punctuation, or a lowercase word after a comma (case matters here). */
const ENDS_MARK = /(?<!\b(?:Jl|Jln|No|Kec|Kab|Kel|Ds|Gg|Dr|H|Hj|Prof|Ir|St|RT|RW|Komp))[.;!?](?=\s|$)|\s[-–—]\s|,\s*(?=[\p{Ll}(])|\s\(/u
/** ... or the words that take the sentence on after it, in any case ("YANG" in a release in capitals). */
const ENDS_WORD = new RegExp(
  `[\\s,]+(?:pada|yang|dengan|sekitar|mulai|pukul|jam|sejak|selama|dalam|guna|untuk|serta|dan|dipimpin|dihadiri|diikuti|oleh|bersama|hari|tanggal|sebagai|kemarin|tadi|bagi|terkait|tentang|mengenai|saat|ketika|melalui|via|secara|setelah|sebelum|usai|hingga|sampai|kepada|agar|supaya|tersebut|ini|itu|menggunakan|senin|selasa|rabu|kamis|jum.?at|sabtu|minggu)(?![\\p{L}])`,
  'iu',
)

const clean = (chunk: string): string | null => {
  const ends = [ENDS_MARK.exec(chunk)?.index, ENDS_WORD.exec(chunk)?.index].filter((at): at is number => at !== undefined)
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

/**
 * The venue: a "Tempat :" line, else the first "bertempat di ..." phrase, else the first "di <building>
 * ...", else "di <area> ..." phrase, each looked for in the lead before the rest of the body. Null
 * when none.
 */
export const readVenue = (paragraphs: string[]): string | null => {
  for (const paragraph of paragraphs) {
    const structured = STRUCTURED.exec(paragraph)?.[1]
    if (structured) return clean(structured)
  }
  for (const pattern of [MARKER, BUILDING, AREA]) {
    for (const paragraph of paragraphs) {
      const venue = firstAfter(paragraph, pattern)
      if (venue) return venue
    }
  }
  return null
}
