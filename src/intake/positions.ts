/**
 * Police positions. POSITION_HEAD_SOURCE finds where a position starts ("Kapolres", "Kabid Humas",
 * "Kepala Bidang ..."); the words after it (the unit: "Blora", "Polda Sumsel") are read by the caller.
 */
const HEADS = [
  'Wakapolri', 'Kapolri', 'Kadiv\\s?Humas', 'Kadiv', 'Karo\\s?[A-Z][\\p{L}]+', 'Kabag\\s?[A-Z][\\p{L}]+',
  'Wakapolda', 'Kapolda', 'Kabid\\s?[A-Z][\\p{L}]+', 'Kasubbid\\s?[A-Z][\\p{L}]+', 'Kasubid\\s?[A-Z][\\p{L}]+',
  'Wakapolrestabes', 'Wakapolresta', 'Wakapolres', 'Kapolrestabes', 'Kapolresta', 'Kapolres', 'Waka\\s?Polres',
  'Ka\\.?\\s?Polres', 'Ka\\.?\\s?Polda', 'Ka\\.?\\s?Polsek', 'Wakapolsek', 'Kapolsek', 'Kapolsubsektor',
  'Kasat\\s?[A-Z][\\p{L}]+', 'Kasatlantas', 'Kasatreskrim', 'Kasatbinmas', 'Kasatintelkam', 'Kasatsabhara',
  'Kasi\\s?Humas', 'Kasihumas', 'Kasi\\s?[A-Z][\\p{L}]+', 'Kasubbag\\s?[A-Z][\\p{L}]+', 'Kasubag\\s?[A-Z][\\p{L}]+',
  'Kasubbaghumas', 'Kasubaghumas', 'Kaur\\s?[A-Z][\\p{L}]+', 'Kanit\\s?[A-Z][\\p{L}]+', 'Panit\\s?[A-Z][\\p{L}]+',
  'Paur\\s?[A-Z][\\p{L}]+', 'Bamin\\s?[A-Z][\\p{L}]+', 'Wadir[a-z]+', 'Dir(?:reskrimum|reskrimsus|resnarkoba|lantas|binmas|intelkam|samapta|polairud|pamobvit|tahti)',
  'Irwasda', 'Irwasum', 'Bhabinkamtibmas', 'Kabidhumas', 'Kadivhumas',
  'Wakil\\s+Kepala\\s+[A-Z][\\p{L}]+', 'Kepala\\s+(?:Bidang|Divisi|Biro|Bagian|Sub\\s?[Bb]idang|Sub\\s?[Bb]agian|Satuan|Seksi|Kepolisian)\\s+[A-Z][\\p{L}]+',
  'Direktur\\s+[A-Z][\\p{L}]+', 'Kapusdokkes', 'Kabiddokkes', 'Kabidpropam',
]

export const POSITION_HEAD_SOURCE = `\\b(?:${HEADS.join('|')})(?![\\p{L}])`

/** Non-standard spellings of positions and the form the house writes ("Kabidhumas" -> "Kabid Humas"). */
export const POSITION_FORMS: { pattern: RegExp; standard: string }[] = [
  { pattern: /\bKabidhumas\b/g, standard: 'Kabid Humas' },
  { pattern: /\bKadivhumas\b/g, standard: 'Kadiv Humas' },
  { pattern: /\bKasihumas\b/g, standard: 'Kasi Humas' },
  { pattern: /\bKasubb?aghumas\b/g, standard: 'Kasubbag Humas' },
  { pattern: /\bKabid\s+Hubungan\s+Masyarakat\b/g, standard: 'Kabid Humas' },
  { pattern: /\bKepala\s+Bidang\s+(?:Humas|Hubungan\s+Masyarakat)\b/g, standard: 'Kabid Humas' },
  { pattern: /\bKepala\s+Divisi\s+(?:Humas|Hubungan\s+Masyarakat)\b/g, standard: 'Kadiv Humas' },
  { pattern: /\bKepala\s+Biro\s+Penerangan\s+Masyarakat\b/g, standard: 'Karo Penmas' },
  { pattern: /\bKaropenmas\b/g, standard: 'Karo Penmas' },
  { pattern: /\bKepala\s+Seksi\s+Humas\b/g, standard: 'Kasi Humas' },
  { pattern: /\bKepala\s+Sub\s?[Bb]agian\s+Humas\b/g, standard: 'Kasubbag Humas' },
  { pattern: /\bWakil\s+Kepala\s+Kepolisian\s+Daerah\b/g, standard: 'Wakapolda' },
  { pattern: /\bKepala\s+Kepolisian\s+Daerah\b/g, standard: 'Kapolda' },
  { pattern: /\bKepala\s+Kepolisian\s+Resort?\s+Kota\s+Besar\b/g, standard: 'Kapolrestabes' },
  { pattern: /\bKepala\s+Kepolisian\s+Resort?\s+Kota\b/g, standard: 'Kapolresta' },
  { pattern: /\bKepala\s+Kepolisian\s+Resort?(?!\s+Kota)\b/g, standard: 'Kapolres' },
  { pattern: /\bKepala\s+Kepolisian\s+Sektor\b/g, standard: 'Kapolsek' },
  { pattern: /\bKepala\s+Kepolisian\s+Negara\s+Republik\s+Indonesia\b/g, standard: 'Kapolri' },
  { pattern: /\bKa\.?\s?Polres\b/g, standard: 'Kapolres' },
  { pattern: /\bKa\.?\s?Polda\b/g, standard: 'Kapolda' },
  { pattern: /\bKa\.?\s?Polsek\b/g, standard: 'Kapolsek' },
  { pattern: /\bWaka\s+Polres\b/g, standard: 'Wakapolres' },
  { pattern: /\bKasatlantas\b/g, standard: 'Kasat Lantas' },
  { pattern: /\bKasatreskrim\b/g, standard: 'Kasat Reskrim' },
  { pattern: /\bKasatbinmas\b/g, standard: 'Kasat Binmas' },
  { pattern: /\bKasatintelkam\b/g, standard: 'Kasat Intelkam' },
  { pattern: /\bKasatsabhara\b/g, standard: 'Kasat Sabhara' },
  { pattern: /\bKasubid\b/g, standard: 'Kasubbid' },
  { pattern: /\bKabagops\b/g, standard: 'Kabag Ops' },
]

/** A position as written, with every non-standard part replaced by its standard form. */
export const standardPosition = (written: string): string =>
  POSITION_FORMS.reduce((text, { pattern, standard }) => text.replace(pattern, standard), written)
