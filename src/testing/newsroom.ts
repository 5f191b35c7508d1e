import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants/collections'
import type { TimeZone, UnitLevel } from '@/constants/collections'

import { lexicalDoc } from './lexical'
import type { RestClient } from './restClient'

export const TEST_PASSWORD = 'uji-kata-sandi-yang-panjang'

type UnitSpec = { key: string; name: string; level: UnitLevel; parent?: string; timeZone: TimeZone }
type UserSpec = { key: string; role: 'writer' | 'editor' | 'admin'; unit: string; name: string }

/** HQ; Polda A (Sumsel) with a Polres and a Polsek; Polda B (Sulsel) with a Polres. */
const UNITS: UnitSpec[] = [
  { key: 'hq', name: 'Divisi Humas Polri', level: 'national', timeZone: 'Asia/Jakarta' },
  { key: 'poldaA', name: 'Polda Sumsel', level: 'regional', parent: 'hq', timeZone: 'Asia/Jakarta' },
  { key: 'polresA', name: 'Polrestabes Palembang', level: 'district', parent: 'poldaA', timeZone: 'Asia/Jakarta' },
  { key: 'polsekA', name: 'Polsek Ilir Timur I', level: 'subdistrict', parent: 'polresA', timeZone: 'Asia/Jakarta' },
  { key: 'poldaB', name: 'Polda Sulsel', level: 'regional', parent: 'hq', timeZone: 'Asia/Makassar' },
  { key: 'polresB', name: 'Polrestabes Makassar', level: 'district', parent: 'poldaB', timeZone: 'Asia/Makassar' },
]

const USERS: UserSpec[] = [
  { key: 'admin', role: 'admin', unit: 'hq', name: 'Admin Uji' },
  { key: 'editorHq', role: 'editor', unit: 'hq', name: 'Editor Mabes' },
  { key: 'editorA', role: 'editor', unit: 'poldaA', name: 'Editor Polda A' },
  { key: 'editorA2', role: 'editor', unit: 'poldaA', name: 'Editor Polda A Kedua' },
  { key: 'editorPolresA', role: 'editor', unit: 'polresA', name: 'Editor Polres A' },
  { key: 'writerA', role: 'writer', unit: 'polresA', name: 'Penulis Polres A' },
  { key: 'writerA2', role: 'writer', unit: 'polresA', name: 'Penulis Polres A Kedua' },
  { key: 'writerPolsekA', role: 'writer', unit: 'polsekA', name: 'Penulis Polsek A' },
  { key: 'editorB', role: 'editor', unit: 'poldaB', name: 'Editor Polda B' },
  { key: 'writerB', role: 'writer', unit: 'polresB', name: 'Penulis Polres B' },
]
export type UserKey = (typeof USERS)[number]['key']

export const emailOf = (key: string) => `${key.toLowerCase()}@uji.warta.test`

export type Newsroom = {
  units: Record<string, number | string>
  users: Record<string, number | string>
  activityType: number | string
  tokens: Record<string, string>
}

/** Creates the test newsroom (as the system) and logs every account in through REST. */
export const createNewsroom = async (payload: Payload, api: RestClient): Promise<Newsroom> => {
  const units: Record<string, number | string> = {}
  for (const unit of UNITS) {
    const doc = await payload.create({
      collection: COLLECTIONS.units,
      data: { name: unit.name, longName: `Kepolisian ${unit.name}`, level: unit.level, timeZone: unit.timeZone, parent: unit.parent ? (units[unit.parent] as number) : undefined },
    })
    units[unit.key] = doc.id
  }
  const users: Record<string, number | string> = {}
  const tokens: Record<string, string> = {}
  for (const user of USERS) {
    const doc = await payload.create({
      collection: COLLECTIONS.users,
      data: { email: emailOf(user.key), password: TEST_PASSWORD, name: user.name, role: user.role, unit: units[user.unit] as number },
    })
    users[user.key] = doc.id
    tokens[user.key] = await api.login(emailOf(user.key), TEST_PASSWORD)
  }
  const activityType = await payload.create({ collection: COLLECTIONS.activityTypes, data: { name: 'Rakor' } })
  return { units, users, activityType: activityType.id, tokens }
}

/** A complete report body for REST, under `unit`. */
export const reportData = (newsroom: Newsroom, unit: string, title: string, extra: Record<string, unknown> = {}) => ({
  title,
  unit: newsroom.units[unit],
  activityType: newsroom.activityType,
  activityAt: '2026-11-20T02:00:00.000Z',
  datelineCity: 'Palembang',
  summary: `Ringkasan ${title}.`,
  body: lexicalDoc([`PALEMBANG — Isi laporan ${title}.`]),
  ...extra,
})
