import { rmSync, mkdirSync } from 'node:fs'

import { sql } from 'drizzle-orm'
import type { Payload } from 'payload'

import type { Role } from '@/workflow/machine'

import { createNewsroom } from '../newsroom'
import type { RestClient } from '../restClient'
import type { TestDatabaseKind } from '../testDatabase'

import type { Model } from './state'

type Drizzle = { run?: (q: unknown) => Promise<unknown>; all?: (q: unknown) => Promise<unknown[]>; execute?: (q: unknown) => Promise<{ rows: unknown[] }> }

/** Empties every table but the migrations', and the media folder: each run of the model starts from nothing. */
export const emptyDatabase = async (payload: Payload, kind: TestDatabaseKind, mediaDir: string): Promise<void> => {
  const db = payload.db.drizzle as unknown as Drizzle
  if (kind === 'sqlite') {
    const tables = ((await db.all!(sql.raw(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'payload_migrations%'`))) as { name: string }[]).map((t) => t.name)
    await db.run!(sql.raw('PRAGMA foreign_keys = OFF'))
    for (const table of tables) await db.run!(sql.raw(`DELETE FROM "${table}"`))
    await db.run!(sql.raw(`DELETE FROM sqlite_sequence WHERE name <> 'payload_migrations'`)).catch(() => undefined)
    await db.run!(sql.raw('PRAGMA foreign_keys = ON'))
  } else if (kind === 'postgres') {
    const { rows } = await db.execute!(sql.raw(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'payload_migrations%'`))
    const tables = (rows as { tablename: string }[]).map((t) => `"${t.tablename}"`)
    if (tables.length) await db.execute!(sql.raw(`TRUNCATE TABLE ${tables.join(', ')} RESTART IDENTITY CASCADE`))
  } else {
    throw new Error('The model test runs on the SQL databases')
  }
  rmSync(mediaDir, { recursive: true, force: true })
  mkdirSync(mediaDir, { recursive: true })
}

/**
 * The test newsroom (src/testing/newsroom.ts) plus what the model needs to be able to delete: a
 * station with nobody in it (Polsek under Polda B's Polres) and a second activity type. Returns the
 * model of it and a session per user.
 */
export const modelNewsroom = async (payload: Payload, api: RestClient): Promise<{ model: Model; tokens: Record<string, string> }> => {
  const n = await createNewsroom(payload, api)
  const station = await payload.create({ collection: 'units', data: { name: 'Polsek Tamalate', longName: 'Kepolisian Sektor Tamalate', level: 'subdistrict', timeZone: 'Asia/Makassar', parent: n.units.polresB as number } })
  const briefing = await payload.create({ collection: 'activity-types', data: { name: 'Sosialisasi' } })
  const units = await payload.find({ collection: 'units', depth: 0, limit: 0, pagination: false })
  const keyOfUnit = (id: unknown) => Object.entries({ ...n.units, polsekB: station.id }).find(([, v]) => String(v) === String(id))?.[0] ?? null
  const users = await payload.find({ collection: 'users', depth: 0, limit: 0, pagination: false })
  const model: Model = {
    users: users.docs.map((u) => ({
      key: Object.entries(n.users).find(([, id]) => String(id) === String(u.id))![0],
      id: u.id,
      role: u.role as Role,
      unit: keyOfUnit(typeof u.unit === 'object' && u.unit ? u.unit.id : u.unit)!,
      deleted: false,
    })),
    units: units.docs.map((u) => ({
      key: keyOfUnit(u.id)!,
      id: u.id,
      name: u.name,
      slug: u.slug ?? '',
      parent: keyOfUnit(typeof u.parent === 'object' && u.parent ? u.parent.id : u.parent),
      deleted: false,
    })),
    types: [
      { key: 'rakor', id: n.activityType, name: 'Rakor', deleted: false },
      { key: 'sosialisasi', id: briefing.id, name: 'Sosialisasi', deleted: false },
    ],
    tags: [],
    photos: [],
    reports: [],
    notices: [],
    clockOffsetMs: 0,
    nextToken: 0,
    written: new Set(),
  }
  return { model, tokens: Object.fromEntries(model.users.map((u) => [u.key, n.tokens[u.key]!])) }
}
