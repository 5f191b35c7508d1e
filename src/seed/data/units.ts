import type { TimeZone, UnitLevel } from '@/constants/collections'

export type SeedUnit = {
  slug: string
  name: string
  longName: string
  level: UnitLevel
  parent?: string
  timeZone: TimeZone
}

/** The demo unit tree: national HQ, four regional units over three time zones, districts, sub-districts. */
export const seedUnits: SeedUnit[] = [
  { slug: 'divhumas-polri', name: 'Divisi Humas Polri', longName: 'Divisi Hubungan Masyarakat Kepolisian Negara Republik Indonesia', level: 'national', timeZone: 'Asia/Jakarta' },

  { slug: 'polda-sumsel', name: 'Polda Sumsel', longName: 'Kepolisian Daerah Sumatera Selatan', level: 'regional', parent: 'divhumas-polri', timeZone: 'Asia/Jakarta' },
  { slug: 'polrestabes-palembang', name: 'Polrestabes Palembang', longName: 'Kepolisian Resor Kota Besar Palembang', level: 'district', parent: 'polda-sumsel', timeZone: 'Asia/Jakarta' },
  { slug: 'polsek-ilir-timur-i', name: 'Polsek Ilir Timur I', longName: 'Kepolisian Sektor Ilir Timur I', level: 'subdistrict', parent: 'polrestabes-palembang', timeZone: 'Asia/Jakarta' },
  { slug: 'polres-ogan-ilir', name: 'Polres Ogan Ilir', longName: 'Kepolisian Resor Ogan Ilir', level: 'district', parent: 'polda-sumsel', timeZone: 'Asia/Jakarta' },

  { slug: 'polda-sulsel', name: 'Polda Sulsel', longName: 'Kepolisian Daerah Sulawesi Selatan', level: 'regional', parent: 'divhumas-polri', timeZone: 'Asia/Makassar' },
  { slug: 'polrestabes-makassar', name: 'Polrestabes Makassar', longName: 'Kepolisian Resor Kota Besar Makassar', level: 'district', parent: 'polda-sulsel', timeZone: 'Asia/Makassar' },
  { slug: 'polsek-panakkukang', name: 'Polsek Panakkukang', longName: 'Kepolisian Sektor Panakkukang', level: 'subdistrict', parent: 'polrestabes-makassar', timeZone: 'Asia/Makassar' },
  { slug: 'polres-gowa', name: 'Polres Gowa', longName: 'Kepolisian Resor Gowa', level: 'district', parent: 'polda-sulsel', timeZone: 'Asia/Makassar' },

  { slug: 'polda-papua', name: 'Polda Papua', longName: 'Kepolisian Daerah Papua', level: 'regional', parent: 'divhumas-polri', timeZone: 'Asia/Jayapura' },
  { slug: 'polresta-jayapura-kota', name: 'Polresta Jayapura Kota', longName: 'Kepolisian Resor Kota Jayapura Kota', level: 'district', parent: 'polda-papua', timeZone: 'Asia/Jayapura' },
  { slug: 'polsek-abepura', name: 'Polsek Abepura', longName: 'Kepolisian Sektor Abepura', level: 'subdistrict', parent: 'polresta-jayapura-kota', timeZone: 'Asia/Jayapura' },
  { slug: 'polres-jayawijaya', name: 'Polres Jayawijaya', longName: 'Kepolisian Resor Jayawijaya', level: 'district', parent: 'polda-papua', timeZone: 'Asia/Jayapura' },

  { slug: 'polda-jateng', name: 'Polda Jateng', longName: 'Kepolisian Daerah Jawa Tengah', level: 'regional', parent: 'divhumas-polri', timeZone: 'Asia/Jakarta' },
  { slug: 'polres-blora', name: 'Polres Blora', longName: 'Kepolisian Resor Blora', level: 'district', parent: 'polda-jateng', timeZone: 'Asia/Jakarta' },
  { slug: 'polsek-cepu', name: 'Polsek Cepu', longName: 'Kepolisian Sektor Cepu', level: 'subdistrict', parent: 'polres-blora', timeZone: 'Asia/Jakarta' },
]
