/** A staff member's REST calls, for scripts that drive a running server (the bench). */
import { toLexical } from '@/seed/lexical'

type ID = number | string

const call = async <T>(origin: string, method: string, urlPath: string, token?: string, body?: unknown): Promise<T> => {
  const response = await fetch(`${origin}${urlPath}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
    // A bench's loops must end by themselves, whatever the server does.
    signal: AbortSignal.timeout(60_000),
  })
  if (!response.ok) throw new Error(`${method} ${urlPath}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

export const login = async (origin: string, email: string, password: string): Promise<string> =>
  (await call<{ token: string }>(origin, 'POST', '/api/users/login', undefined, { email, password })).token

export const idBy = async (origin: string, token: string, collection: string, slug: string): Promise<ID> => {
  const { docs } = await call<{ docs: { id: ID }[] }>(origin, 'GET', `/api/${collection}?where[slug][equals]=${encodeURIComponent(slug)}&depth=0&limit=1`, token)
  if (!docs[0]) throw new Error(`no ${collection} with slug ${slug}`)
  return docs[0].id
}

/**
 * A coordination meeting's report as a writer submits it, its summary and text carrying `word` (the
 * marker a bench or test looks for on the public site).
 */
export const rakorReport = ({ title, word, unit, activityType, city = 'Palembang' }: { title: string; word: string; unit: ID; activityType: ID; city?: string }) => ({
  title,
  unit,
  activityType,
  datelineCity: city,
  activityAt: new Date().toISOString(),
  summary: `Ringkasan rapat koordinasi ${word}.`,
  body: toLexical([{ type: 'paragraph', text: `${city.toUpperCase()} — Rapat koordinasi ${word} digelar di aula.` }]),
})

export const createReport = async (origin: string, token: string, data: Record<string, unknown>): Promise<{ id: ID; slug: string }> =>
  (await call<{ doc: { id: ID; slug: string } }>(origin, 'POST', '/api/reports', token, data)).doc

export const act = (origin: string, token: string, id: ID, body: Record<string, unknown>): Promise<unknown> =>
  call(origin, 'POST', `/api/reports/${id}/workflow`, token, body)
