/**
 * What releases call each kind of activity, by the slug of the seeded vocabulary. A unit's own kinds
 * (not listed here) are still found by their name and slug.
 */
export const ACTIVITY_ALIASES: Record<string, string[]> = {
  vicon: ['vicon', 'video conference', 'video konferensi', 'konferensi video', 'teleconference', 'telekonferensi', 'vidcon', 'vcon', 'ruang vicon'],
  'zoom-meeting': ['zoom meeting', 'zoom', 'meeting zoom', 'rapat daring', 'pertemuan daring', 'rapat virtual', 'pertemuan virtual', 'virtual meeting', 'online meeting', 'meeting online', 'google meet', 'webinar'],
  workshop: ['workshop', 'lokakarya', 'bimbingan teknis', 'bimtek', 'pelatihan', 'coaching clinic', 'pembekalan'],
  rakernis: ['rakernis', 'rapat kerja teknis', 'rapat kerja'],
  rakor: ['rakor', 'rapat koordinasi', 'rakorda', 'rakorwil'],
  sosialisasi: ['sosialisasi', 'penyuluhan', 'sosialisasikan', 'mensosialisasikan'],
  'konferensi-pers': ['konferensi pers', 'press conference', 'jumpa pers', 'konpers', 'press release', 'presscon', 'pres rilis', 'press rilis'],
  upacara: ['upacara', 'apel gelar pasukan', 'apel', 'serah terima jabatan', 'sertijab', 'pelantikan'],
  kunjungan: ['kunjungan kerja', 'kunjungan', 'kunker', 'kunjungi', 'mengunjungi', 'berkunjung', 'silaturahmi', 'silaturahim', 'sambang', 'sambangi', 'menyambangi', 'bertandang'],
  'bakti-sosial': ['bakti sosial', 'baksos', 'bakti kesehatan', 'donor darah', 'pembagian sembako', 'bagi sembako', 'bagikan', 'membagikan', 'paket sembako', 'sembako', 'bantuan sosial', 'bansos', 'salurkan bantuan', 'menyalurkan bantuan', 'penyaluran bantuan', 'santunan'],
  pengamanan: ['pengamanan', 'mengamankan', 'amankan', 'pengawalan', 'operasi ketupat', 'operasi lilin', 'pam'],
}
