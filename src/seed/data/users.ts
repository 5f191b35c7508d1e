import type { Role } from '@/constants/collections'

export type SeedUser = { email: string; name: string; role: Role; unit: string }

/**
 * Demo accounts; all share SEED_PASSWORD (default below), which is for demos only. It must pass the
 * password policy (src/auth/passwordPolicy.ts): 12 characters or more, not a common password.
 */
export const seedUsers: SeedUser[] = [
  { email: 'admin@warta.test', name: 'Admin Divhumas', role: 'admin', unit: 'divhumas-polri' },
  { email: 'editor.mabes@warta.test', name: 'Rina Kusumawardani', role: 'editor', unit: 'divhumas-polri' },
  { email: 'editor.sumsel@warta.test', name: 'Andi Saputra', role: 'editor', unit: 'polda-sumsel' },
  { email: 'penulis.palembang@warta.test', name: 'Dewi Lestari Putri', role: 'writer', unit: 'polrestabes-palembang' },
  { email: 'editor.sulsel@warta.test', name: 'Muhammad Arief Rahman', role: 'editor', unit: 'polda-sulsel' },
  { email: 'penulis.makassar@warta.test', name: 'Nurul Hikmah', role: 'writer', unit: 'polrestabes-makassar' },
  { email: 'editor.papua@warta.test', name: 'Yohanes Wenda', role: 'editor', unit: 'polda-papua' },
  { email: 'penulis.jayapura@warta.test', name: 'Maria Kambu', role: 'writer', unit: 'polresta-jayapura-kota' },
  { email: 'editor.jateng@warta.test', name: 'Bambang Setiawan', role: 'editor', unit: 'polda-jateng' },
  { email: 'penulis.blora@warta.test', name: 'Siti Aminah', role: 'writer', unit: 'polres-blora' },
  { email: 'penulis.ilirtimur@warta.test', name: 'Fitri Handayani', role: 'writer', unit: 'polsek-ilir-timur-i' },
  { email: 'penulis.panakkukang@warta.test', name: 'Syamsul Bahri', role: 'writer', unit: 'polsek-panakkukang' },
  { email: 'penulis.abepura@warta.test', name: 'Yakobus Rumbiak', role: 'writer', unit: 'polsek-abepura' },
  { email: 'penulis.cepu@warta.test', name: 'Eko Prasetyo', role: 'writer', unit: 'polsek-cepu' },
]

export const DEFAULT_SEED_PASSWORD = 'warta-demo-2026'
