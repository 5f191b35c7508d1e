import { expect, type APIRequestContext } from '@playwright/test'

/** The demo accounts' password (scripts/seed). */
export const DEMO_PASSWORD = process.env.SEED_PASSWORD || 'warta-demo-2026'

type ID = number | string

/** Signs a demo account in through REST and returns its token. */
export const login = async (request: APIRequestContext, email: string): Promise<string> => {
  const response = await request.post('/api/users/login', { data: { email, password: DEMO_PASSWORD } })
  expect(response.status(), `login ${email}`).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const auth = (token: string) => ({ Authorization: `JWT ${token}` })

/** The id of the one document of `collection` whose `field` equals `value`. */
export const idBy = async (request: APIRequestContext, token: string, collection: string, field: string, value: string): Promise<ID> => {
  const response = await request.get(`/api/${collection}?where[${field}][equals]=${encodeURIComponent(value)}&depth=0&limit=1`, { headers: auth(token) })
  const { docs } = (await response.json()) as { docs: { id: ID }[] }
  expect(docs, `${collection} with ${field}=${value}`).toHaveLength(1)
  return docs[0]!.id
}

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (...children: object[]) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children })

/** A Lexical body: paragraphs of text, and a link (relative on purpose) in the last one. */
export const lexicalBody = (paragraphs: string[], link?: { text: string; url: string }) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      ...paragraphs.map((p) => paragraph(text(p))),
      ...(link
        ? [paragraph(text('Baca juga: '), { type: 'link', fields: { url: link.url, newTab: false, linkType: 'custom' }, format: '', indent: 0, version: 3, direction: 'ltr', children: [text(link.text)] })]
        : []),
    ],
  },
})

export const createReport = async (request: APIRequestContext, token: string, data: Record<string, unknown>): Promise<{ id: ID; slug: string }> => {
  const response = await request.post('/api/reports', { headers: auth(token), data })
  expect(response.status(), await response.text()).toBe(201)
  const { doc } = (await response.json()) as { doc: { id: ID; slug: string } }
  return { id: doc.id, slug: doc.slug }
}

export const editReport = async (request: APIRequestContext, token: string, id: ID, data: Record<string, unknown>) => {
  const response = await request.patch(`/api/reports/${id}?draft=true`, { headers: auth(token), data })
  expect(response.status(), await response.text()).toBe(200)
  return ((await response.json()) as { doc: { slug: string } }).doc
}

/** Runs a workflow action (submit, publish, schedule, withdraw, ...) and expects it to succeed. */
export const act = async (request: APIRequestContext, token: string, id: ID, body: Record<string, unknown>) => {
  const response = await request.post(`/api/reports/${id}/workflow`, { headers: auth(token), data: body })
  expect(response.status(), await response.text()).toBe(200)
  return response.json()
}

/** Titles of reports in the given workflow states, read as an admin. */
export const titlesInState = async (request: APIRequestContext, token: string, states: string[]): Promise<string[]> => {
  const query = states.map((s, i) => `where[state][in][${i}]=${s}`).join('&')
  const response = await request.get(`/api/reports?draft=true&depth=0&limit=100&${query}`, { headers: auth(token) })
  return ((await response.json()) as { docs: { title: string }[] }).docs.map((d) => d.title)
}
