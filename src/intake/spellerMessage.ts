/** Said once, in place of spelling findings, where the Indonesian dictionary is not installed. */
export const SPELLER_MISSING_MESSAGE =
  'Pemeriksaan ejaan dilewati: kamus bahasa Indonesia belum terpasang (pasang dengan: apt-get install hunspell-id).'
