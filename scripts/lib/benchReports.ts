import type { Client, InValue } from '@libsql/client'
import type { Pool } from 'pg'
import type { Payload } from 'payload'

import { databaseKind } from '@/db/databaseKind'
import { DEFAULT_SEED_PASSWORD } from '@/seed/data/users'

/** Words readers search for that many reports contain; the rest of the bench's queries match one report each. */
const COMMON_QUERIES = ['rakor', 'vicon', 'workshop', 'sosialisasi', 'palembang', 'makassar pengamanan', 'kapolda', 'media online']
const BATCH = 200

export type BenchSample = { slugs: string[]; unitSlugs: string[]; queries: string[]; editorPassword: string }

type Row = Record<string, unknown>

/** The few SQL operations the fill needs, on either SQL database. */
type Sql = {
  rows: (sql: string, args?: unknown[]) => Promise<Row[]>
  /** Inserts rows into tables, in one transaction; a column left null takes the table's default (an id). */
  insert: (tables: { table: string; rows: Row[] }[]) => Promise<void>
  /** After rows were inserted with ids of their own: the table's id sequence, moved past them. */
  afterIds: (table: string) => Promise<void>
  analyze: () => Promise<void>
}

const shuffled = <T>(items: T[]): T[] => {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy
}

const chunk = (items: Row[]): Row[][] => {
  const parts: Row[][] = []
  for (let i = 0; i < items.length; i += BATCH) parts.push(items.slice(i, i + BATCH))
  return parts
}

const sqliteSql = (client: Client): Sql => {
  const statement = (table: string, rows: Row[]) => {
    const columns = Object.keys(rows[0]!)
    const placeholders = `(${columns.map(() => '?').join(', ')})`
    return {
      sql: `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${rows.map(() => placeholders).join(', ')}`,
      args: rows.flatMap((row) => columns.map((c) => (row[c] ?? null) as InValue)),
    }
  }
  return {
    rows: async (sql, args = []) => (await client.execute({ sql, args: args as InValue[] })).rows as unknown as Row[],
    insert: async (tables) => {
      await client.batch(tables.flatMap(({ table, rows }) => chunk(rows).map((part) => statement(table, part))), 'write')
    },
    // SQLite's INTEGER PRIMARY KEY continues from the largest id by itself.
    afterIds: async () => {},
    analyze: async () => {
      await client.execute('ANALYZE')
    },
  }
}

/**
 * PostgreSQL takes the rows as one JSON parameter per table, typed by the table's own row type
 * (json_populate_recordset): timestamps, enums and jsonb columns need no casts written here. An id
 * that is null in every row is left out, so that the serial default applies.
 */
const postgresSql = (pool: Pool): Sql => {
  const numbered = (sql: string) => {
    let n = 0
    return sql.replace(/\?/g, () => `$${++n}`)
  }
  return {
    rows: async (sql, args = []) => (await pool.query(numbered(sql), args)).rows as Row[],
    insert: async (tables) => {
      const connection = await pool.connect()
      try {
        await connection.query('BEGIN')
        for (const { table, rows } of tables) {
          if (rows.length === 0) continue
          const columns = Object.keys(rows[0]!).filter((c) => c !== 'id' || rows.some((row) => row.id !== null && row.id !== undefined))
          const list = columns.map((c) => `"${c}"`).join(', ')
          await connection.query(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`, [JSON.stringify(rows)])
        }
        await connection.query('COMMIT')
      } catch (error) {
        await connection.query('ROLLBACK')
        throw error
      } finally {
        connection.release()
      }
    },
    afterIds: async (table) => {
      await pool.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT MAX(id) FROM "${table}"))`)
    },
    analyze: async () => {
      await pool.query('ANALYZE')
    },
  }
}

const sqlOf = (payload: Payload): Sql => {
  const kind = databaseKind(process.env.DATABASE_URL)
  if (kind === 'sqlite') return sqliteSql((payload.db as unknown as { client: Client }).client)
  if (kind === 'postgres') return postgresSql((payload.db as unknown as { pool: Pool }).pool)
  throw new Error(`the bench fills SQLite or PostgreSQL, not ${kind}`)
}

/**
 * Fills a seeded SQLite or PostgreSQL database with `total` published reports, cloned in bulk from the seed's
 * published ones (their unit, photo, tags and officials kept; title, slug, dates and a search code
 * made unique), as the rows Payload itself writes. Only a benchmark does this: it is not the workflow.
 */
export const fillWithReports = async (payload: Payload, total: number): Promise<BenchSample> => {
  const sql = sqlOf(payload)
  const rows = sql.rows
  const templates = await rows(`SELECT * FROM reports WHERE _status = 'published' AND state = 'published' ORDER BY id`)
  if (templates.length === 0) throw new Error('the seed published no report to clone')
  const rels = await rows(`SELECT * FROM reports_rels WHERE parent_id IN (${templates.map(() => '?').join(',')})`, templates.map((t) => t.id))
  const officials = await rows(`SELECT * FROM reports_officials WHERE _parent_id IN (${templates.map(() => '?').join(',')})`, templates.map((t) => t.id))
  const [{ maxId }] = (await rows('SELECT MAX(id) AS "maxId" FROM reports')) as [{ maxId: number }]
  const toAdd = Math.max(0, total - templates.length)
  const now = Date.now()
  const slugs: string[] = []
  const codes: string[] = []

  for (let start = 0; start < toAdd; start += BATCH) {
    const reports: Row[] = []
    const childRels: Row[] = []
    const childOfficials: Row[] = []
    for (let i = start; i < Math.min(toAdd, start + BATCH); i++) {
      const template = templates[i % templates.length]!
      const id = maxId + 1 + i
      const code = `kode${id.toString(36)}`
      // Spread over the past: one report every 37 minutes, newest first.
      const at = new Date(now - (i + 1) * 37 * 60_000).toISOString()
      const slug = `${template.slug}-${id}`
      const title = `${template.title} (${id})`
      reports.push({
        ...template,
        id,
        title,
        slug,
        summary: `${template.summary} Kode ${code}.`,
        search_text: `${title}\n${code}\n${template.search_text ?? ''}`,
        activity_at: at,
        published_at: at,
        revised_at: at,
        submitted_at: at,
        updated_at: at,
        created_at: at,
      })
      slugs.push(slug)
      codes.push(code)
      for (const rel of rels.filter((r) => r.parent_id === template.id)) childRels.push({ ...rel, id: null, parent_id: id })
      for (const official of officials.filter((o) => o._parent_id === template.id)) childOfficials.push({ ...official, id: `${official.id}-${id}`, _parent_id: id })
    }
    await sql.insert([
      { table: 'reports', rows: reports },
      { table: 'reports_rels', rows: childRels },
      { table: 'reports_officials', rows: childOfficials },
    ])
  }
  if (toAdd > 0) await sql.afterIds('reports')
  await sql.analyze()

  const units = await rows(`SELECT DISTINCT u.slug AS slug FROM reports r JOIN units u ON u.id = r.unit_id WHERE r._status = 'published'`)
  const rare = shuffled(codes).slice(0, 200)
  return {
    slugs: shuffled(slugs),
    unitSlugs: shuffled(units.map((u) => String(u.slug))),
    queries: [...COMMON_QUERIES, ...rare],
    editorPassword: process.env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD,
  }
}
