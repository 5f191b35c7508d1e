export type SeedTerm = { slug: string; name: string; description?: string }

export const seedActivityTypes: SeedTerm[] = [
  { slug: 'vicon', name: 'Video Conference', description: 'Rapat jarak jauh melalui ruang vicon dengan Mabes atau satuan atas.' },
  { slug: 'zoom-meeting', name: 'Zoom Meeting', description: 'Pertemuan daring melalui aplikasi rapat video.' },
  { slug: 'workshop', name: 'Workshop', description: 'Pelatihan dan lokakarya peningkatan kemampuan personel.' },
  { slug: 'rakernis', name: 'Rakernis', description: 'Rapat kerja teknis fungsi kepolisian.' },
  { slug: 'rakor', name: 'Rakor', description: 'Rapat koordinasi lintas satuan dan instansi.' },
  { slug: 'sosialisasi', name: 'Sosialisasi', description: 'Penyampaian program kepada masyarakat atau mitra.' },
  { slug: 'konferensi-pers', name: 'Konferensi Pers', description: 'Penjelasan resmi kepada awak media.' },
  { slug: 'upacara', name: 'Upacara', description: 'Upacara dan apel kedinasan.' },
  { slug: 'kunjungan', name: 'Kunjungan', description: 'Kunjungan kerja dan silaturahmi.' },
  { slug: 'bakti-sosial', name: 'Bakti Sosial', description: 'Kegiatan sosial dan kemanusiaan bersama warga.' },
  { slug: 'pengamanan', name: 'Pengamanan', description: 'Pengamanan kegiatan masyarakat dan agenda publik.' },
]

export const seedTags: SeedTerm[] = [
  { slug: 'media-sosial', name: 'Media Sosial' },
  { slug: 'kamtibmas', name: 'Kamtibmas' },
  { slug: 'pemilu', name: 'Pemilu' },
  { slug: 'lalu-lintas', name: 'Lalu Lintas' },
  { slug: 'narkoba', name: 'Narkoba' },
  { slug: 'bencana', name: 'Bencana' },
  { slug: 'pelayanan-publik', name: 'Pelayanan Publik' },
  { slug: 'humas-presisi', name: 'Humas Presisi' },
  { slug: 'pendidikan', name: 'Pendidikan' },
  { slug: 'kesehatan', name: 'Kesehatan' },
]
