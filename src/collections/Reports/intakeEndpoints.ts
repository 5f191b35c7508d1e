import { APIError, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'

import { idOf } from '@/access/unitTree'
import { COLLECTIONS, type TimeZone } from '@/constants/collections'
import { parseRelease } from '@/intake/parseRelease'
import { reportForChecks } from '@/intake/reportForChecks'
import { runChecks } from '@/intake/runChecks'
import { loadSpeller } from '@/intake/speller'
import type { Official, ParsedRelease } from '@/intake/types'
import type { Report, Unit } from '@/payload-types'
import { toLexical } from '@/seed/lexical'
import { reportNotFound, unauthenticated } from '@/workflow/WorkflowError'

/** A pasted release is text: 200 KB holds the longest release many times over. */
export const INTAKE_MAX_BYTES = 200 * 1024

const refuse = (status: number, code: string, message: string) => new APIError(message, status, { code }, true)

// The body itself is bounded by the server (1 MiB, src/http/requestBody.ts); the limit here is on the
// pasted text, as decoded: JSON escapes (newlines, quotes) must not count against a writer's release.
const readInput = async (req: PayloadRequest): Promise<{ text?: string; html?: string; create: boolean }> => {
  const raw = (await req.text?.()) ?? ''
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    throw refuse(400, 'INVALID_INPUT', 'Kirim JSON berupa objek: { "text": "..." } atau { "html": "..." }.')
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw refuse(400, 'INVALID_INPUT', 'Kirim JSON berupa objek: { "text": "..." } atau { "html": "..." }.')
  const { text, html, create } = body as Record<string, unknown>
  if ((text !== undefined && typeof text !== 'string') || (html !== undefined && typeof html !== 'string') || (create !== undefined && typeof create !== 'boolean')) {
    throw refuse(400, 'INVALID_INPUT', '"text" dan "html" harus berupa teks, "create" true atau false.')
  }
  const pasted = html ?? text ?? ''
  if (Buffer.byteLength(pasted) > INTAKE_MAX_BYTES) throw refuse(413, 'TOO_LARGE', 'Rilis terlalu panjang: paling banyak 200 KB.')
  return { ...(text !== undefined ? { text } : {}), ...(html !== undefined ? { html } : {}), create: create === true }
}

const clip = (value: string | null | undefined, max: number) => (value ? value.slice(0, max).trim() || null : null)

/** A name as a report stores it: degrees follow the name, as the press writes them ("Surisman, S.I.K., M.H."). */
const nameWithDegrees = (official: Official) => [official.name, ...official.degrees].join(', ')

/** The draft's data from what intake read; limits as the collection's fields set them. */
const draftData = (parsed: ParsedRelease, unit: number | string, body: unknown) => ({
  title: clip(parsed.fields.title, 200) ?? 'Tanpa judul',
  unit,
  activityType: parsed.fields.activityType ?? undefined,
  activityAt: parsed.fields.activityAt ?? undefined,
  datelineCity: clip(parsed.fields.datelineCity, 80) ?? undefined,
  venue: clip(parsed.fields.venue, 200) ?? undefined,
  officials: parsed.fields.officials.slice(0, 30).map((official) => ({
    rank: official.rank ?? undefined,
    name: clip(nameWithDegrees(official), 120) ?? official.name.slice(0, 120),
    position: clip(official.position, 160) ?? undefined,
  })),
  summary: clip(parsed.fields.summary, 300) ?? undefined,
  body,
  _status: 'draft' as const,
})

/**
 * POST /api/reports/intake { text | html, create? }: a pasted release read into a report's fields, the
 * lines taken out as site chrome, and what to confirm. With `create: true`, also a draft in the
 * writer's unit (201, with its id). Nothing is submitted or published. Staff only.
 */
const postIntake: PayloadHandler = async (req) => {
  const { user } = req
  if (!user) throw unauthenticated()
  const input = await readInput(req)
  const unitId = idOf((user as { unit?: unknown }).unit)
  const unit = unitId === null ? null : ((await req.payload.findByID({ collection: COLLECTIONS.units, id: unitId, depth: 0, overrideAccess: false, user, req, disableErrors: true })) as Unit | null)
  const { docs: types } = await req.payload.find({ collection: COLLECTIONS.activityTypes, limit: 200, depth: 0, overrideAccess: false, user, req, select: { name: true, slug: true } })
  const parsed = parseRelease(input, {
    activityTypes: types.map((type) => ({ id: type.id, name: type.name, slug: type.slug ?? '' })),
    timeZone: (unit?.timeZone ?? 'Asia/Jakarta') as TimeZone,
    now: new Date(),
  })
  if (parsed.warnings.some((warning) => warning.code === 'EMPTY_INPUT')) throw refuse(400, 'EMPTY_INPUT', 'Tidak ada teks rilis yang bisa dibaca.')
  const { bodyParagraphs, captions, ...fields } = parsed.fields
  const body = toLexical(bodyParagraphs.map((text) => ({ type: 'paragraph' as const, text })))
  const answer = { fields: { ...fields, body }, captions, removed: parsed.removed, warnings: parsed.warnings }
  if (!input.create) return Response.json(answer)
  if (unitId === null) throw refuse(403, 'NOT_ALLOWED', 'Akun Anda belum terhubung dengan satuan.')
  const created = await req.payload.create({
    collection: COLLECTIONS.reports,
    data: draftData(parsed, unitId, body) as never,
    draft: true,
    depth: 0,
    overrideAccess: false,
    user,
    req,
  })
  return Response.json({ id: created.id, ...answer }, { status: 201 })
}

/** GET /api/reports/:id/checks: the checks an editor makes before submit, for staff who may read the report. */
const getChecks: PayloadHandler = async (req) => {
  const { user } = req
  if (!user) throw unauthenticated()
  const id = req.routeParams?.id
  if (typeof id !== 'string' || !id) throw reportNotFound()
  const working = (await req.payload
    .findByID({ collection: COLLECTIONS.reports, id, draft: true, depth: 0, overrideAccess: false, user, req, disableErrors: true })
    .catch(() => null)) as Report | null
  if (!working) throw reportNotFound()
  const checks = runChecks(reportForChecks(working as never), { now: new Date(), spell: loadSpeller() })
  return Response.json({ checks })
}

export const intakeEndpoints: Endpoint[] = [
  { path: '/intake', method: 'post', handler: postIntake },
  { path: '/:id/checks', method: 'get', handler: getChecks },
]
