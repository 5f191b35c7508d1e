import type { IntakeField, IntakeWarning } from './types'

/** What each intake warning says to the writer (Indonesian) and the field it points at. Codes are stable. */
const WARNINGS: Record<string, { field: IntakeField | null; message: (detail: string) => string }> = {
  EMPTY_INPUT: { field: null, message: () => 'Tidak ada teks rilis yang bisa dibaca.' },
  GUESSED_TITLE: { field: 'title', message: () => 'Judul tidak ditemukan; judul ditebak dari kalimat pertama. Periksa judul.' },
  NO_DATELINE: { field: 'datelineCity', message: () => 'Kota dateline tidak ditemukan (contoh: "PALEMBANG —"). Isi kota dateline.' },
  NO_DATE: {
    field: 'activityAt',
    message: (day) =>
      day ? `Rilis hanya menyebut hari ("${day}") tanpa tanggal. Isi tanggal kegiatan.` : 'Tanggal kegiatan tidak ditemukan. Isi tanggal kegiatan.',
  },
  NO_YEAR: { field: 'activityAt', message: (date) => `Tanggal "${date}" ditulis tanpa tahun dan teks tidak menyebut tahunnya. Isi tanggal kegiatan.` },
  YEAR_FROM_TEXT: { field: 'activityAt', message: (year) => `Tahun kegiatan (${year}) diambil dari bagian lain teks. Periksa tanggal kegiatan.` },
  DATE_FROM_STAMP: {
    field: 'activityAt',
    message: (detail) => {
      const [written, stamp] = detail.split('|')
      return `Tanggal kegiatan dihitung dari "${written}" terhadap tanggal terbit "${stamp}". Periksa tanggal kegiatan.`
    },
  },
  RELATIVE_DATE: {
    field: 'activityAt',
    message: (written) =>
      `Rilis hanya menyebut "${written}" tanpa tanggal, dan tidak ada tanggal terbit untuk menghitungnya. Isi tanggal kegiatan.`,
  },
  NO_TIME: { field: 'activityAt', message: () => 'Jam kegiatan tidak disebut; diisi 00.00. Periksa waktu kegiatan.' },
  GUESSED_TIME: { field: 'activityAt', message: (word) => `Jam kegiatan ditebak dari kata "${word}". Periksa waktu kegiatan.` },
  TIME_ZONE_DIFFERS: {
    field: 'activityAt',
    message: (zone) => `Waktu ditulis dalam ${zone}, bukan zona waktu satuan; sudah dikonversi. Periksa waktu kegiatan.`,
  },
  DAY_NAME_MISMATCH: {
    field: 'activityAt',
    message: (detail) => {
      const [written, actual] = detail.split('|')
      return `Nama hari tidak cocok dengan tanggal: "${written}" jatuh pada hari ${actual}. Periksa tanggal kegiatan.`
    },
  },
  NO_ACTIVITY_TYPE: { field: 'activityType', message: () => 'Jenis kegiatan tidak dikenali. Pilih jenis kegiatan.' },
  NO_VENUE: { field: 'venue', message: () => 'Tempat kegiatan tidak ditemukan. Isi tempat kegiatan.' },
  GUESSED_VENUE: {
    field: 'venue',
    message: (place) => `Tempat kegiatan tidak disebut; diisi "${place}", desa yang disebut di paragraf pertama. Periksa tempat kegiatan.`,
  },
  NO_OFFICIALS: { field: 'officials', message: () => 'Tidak ada pejabat berpangkat yang dikenali. Periksa daftar pejabat.' },
  SUMMARY_SHORTENED: {
    field: 'summary',
    message: () => 'Ringkasan diambil dari paragraf pertama dan dipotong agar tidak lebih dari 300 karakter. Periksa ringkasan.',
  },
}

export const intakeWarning = (code: string, detail = ''): IntakeWarning => {
  const warning = WARNINGS[code]
  if (!warning) throw new Error(`Unknown intake warning ${code}`)
  return { code, message: warning.message(detail), field: warning.field }
}
