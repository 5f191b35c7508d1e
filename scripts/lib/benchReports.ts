import type { Client, InValue } from '@libsql/client'
import type { Payload } from 'payload'

import { DEFAULT_SEED_PASSWORD } from '@/seed/data/users'

/** Words readers search for that many reports contain; the rest of the bench's queries match one report each. */
const COMMON_QUERIES = ['rakor', 'vicon', 'workshop', 'sosialisasi', 'palembang', 'makassar pengamanan', 'kapolda', 'media online']
const BATCH = 200

export type BenchSample = { slugs: string[]; unitSlugs: string[]; queries: string[]; editorPassword: string }

type Row = Record<string, InValue>

const shuffled = <T>(items: T[]): T[] => {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy
}

const insert = (table: string, rows: Row[]) => {
  const columns = Object.keys(rows[0]!)
  const placeholders = `(${columns.map(() => '?').join(', ')})`
  return {
    sql: `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${rows.map(() => placeholders).join(', ')}`,
    args: rows.flatMap((row) => columns.map((c) => row[c] ?? null)),
  }
}

/**
 * Fills a seeded SQLite database with `total` published reports, cloned in bulk from the seed's
 * published ones (their unit, photo, tags and officials kept; title, slug, dates and a search code
 * made unique), as the rows Payload itself writes. Only a benchmark does this: it is not the workflow.
 */
export const fillWithReports = async (payload: Payload, total: number): Promise<BenchSample> => {
  const client = (payload.db as unknown as { client: Client }).client
  const rows = async (sql: string, args: InValue[] = []) => (await client.execute({ sql, args })).rows as unknown as Row[]
  const templates = await rows(`SELECT * FROM reports WHERE _status = 'published' AND state = 'published' ORDER BY id`)
  if (templates.length === 0) throw new Error('the seed published no report to clone')
  const rels = await rows(`SELECT * FROM reports_rels WHERE parent_id IN (${templates.map(() => '?').join(',')})`, templates.map((t) => t.id!))
  const officials = await rows(`SELECT * FROM reports_officials WHERE _parent_id IN (${templates.map(() => '?').join(',')})`, templates.map((t) => t.id!))
  const [{ maxId }] = (await rows('SELECT MAX(id) AS maxId FROM reports')) as [{ maxId: number }]
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
    const statements = [insert('reports', reports)]
    if (childRels.length) statements.push(...chunk(childRels).map((part) => insert('reports_rels', part)))
    if (childOfficials.length) statements.push(...chunk(childOfficials).map((part) => insert('reports_officials', part)))
    await client.batch(statements, 'write')
  }
  await client.execute('ANALYZE')

  const units = await rows(`SELECT DISTINCT u.slug AS slug FROM reports r JOIN units u ON u.id = r.unit_id WHERE r._status = 'published'`)
  const rare = shuffled(codes).slice(0, 200)
  return {
    slugs: shuffled(slugs),
    unitSlugs: shuffled(units.map((u) => String(u.slug))),
    queries: [...COMMON_QUERIES, ...rare],
    editorPassword: process.env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD,
  }
}

const chunk = (items: Row[]): Row[][] => {
  const parts: Row[][] = []
  for (let i = 0; i < items.length; i += BATCH) parts.push(items.slice(i, i + BATCH))
  return parts
}
