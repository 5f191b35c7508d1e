import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { codeOf, desk } from '@/testing/desk'
import { createNewsroom, reportData, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

type Errors = { errors?: { data?: { code?: string; errors?: { path: string }[] } }[] }

/** A Lexical body whose lists nest `levels` deep. */
const nestedLists = (levels: number) => {
  let node: Record<string, unknown> = { type: 'text', text: 'x', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }
  for (let i = 0; i < levels; i++) {
    node = { type: 'list', listType: 'bullet', start: 1, tag: 'ul', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'listitem', value: 1, format: '', indent: 0, version: 1, direction: 'ltr', children: [node] }] }
  }
  return { root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [node] } }
}

describe(`bounded input on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom
  let d: ReturnType<typeof desk>

  beforeAll(async () => {
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
    d = desk(api, n)
  })
  afterAll(async () => {
    await t?.destroy()
  })

  /** A write with any body and content type, as a client would send it. */
  const send = async (method: string, path: string, body: string, type: string | null, user = 'writerA') => {
    const headers: Record<string, string> = { Authorization: `JWT ${n.tokens[user]}` }
    if (type) headers['Content-Type'] = type
    const request = new Request(`${t.payload.config.serverURL}/api${path}`, { method, headers, body })
    const response = await handleEndpoints({ config: Promise.resolve(t.payload.config), path: `/api${path}`, request })
    return { status: response.status, body: (await response.json().catch(() => null)) as Errors }
  }
  const reportCount = async () => (await t.payload.count({ collection: 'reports' })).totalDocs
  const paths = (body: Errors) => body.errors?.[0]?.data?.errors?.map((e) => e.path) ?? []

  it('should enforce the field limits on every save, drafts included, with 400 and the field paths, and store nothing', async () => {
    const before = await reportCount()
    const huge = await api.post<Errors>('/reports', { token: n.tokens.writerA, body: reportData(n, 'polresA', 'x'.repeat(5 * 1024 * 1024)) })
    expect(huge.status).toBe(413)
    const long = await api.post<Errors>('/reports', { token: n.tokens.writerA, body: { title: 'x'.repeat(201), summary: 'y'.repeat(301), unit: n.units.polresA } })
    expect([long.status, codeOf(long.body), paths(long.body).sort()]).toEqual([400, 'VALIDATION_FAILED', ['summary', 'title']])
    expect(await reportCount()).toBe(before)

    // Required fields may still be empty on a draft; they are named when it is submitted.
    const partial = await api.post<{ doc: { id: number } }>('/reports', { token: n.tokens.writerA, body: { title: 'Draf Tanpa Ringkasan', unit: n.units.polresA } })
    expect(partial.status).toBe(201)
    const edit = await d.edit('writerA', partial.body.doc.id, { datelineCity: 'k'.repeat(61) })
    expect([edit.status, paths(edit.body)]).toEqual([400, ['datelineCity']])
  })

  it('should refuse a body nested too deep with 400 on the body, not a crashed save', async () => {
    const res = await api.post<Errors>('/reports', { token: n.tokens.writerA, body: reportData(n, 'polresA', 'Isi Bersarang Dalam', { body: nestedLists(800) }) })
    expect([res.status, paths(res.body)]).toEqual([400, ['body']])
    const fine = await api.post('/reports', { token: n.tokens.writerA, body: reportData(n, 'polresA', 'Isi Bersarang Wajar', { body: nestedLists(5) }) })
    expect(fine.status).toBe(201)
  })

  it('should answer 415 to a body that is not JSON and 413 to one over 1 MiB, creating and updating', async () => {
    const before = await reportCount()
    const report = await d.create('writerA', 'polresA', 'Laporan Untuk Diubah')
    for (const [method, path] of [
      ['POST', '/reports'],
      ['PATCH', `/reports/${report.id}`],
    ] as const) {
      for (const [body, type] of [
        ['judul=Teks biasa', 'text/plain'],
        ['<laporan/>', 'application/xml'],
        [JSON.stringify(reportData(n, 'polresA', 'Tanpa Jenis Isi')), null],
      ] as const) {
        const res = await send(method, path, body, type)
        expect([res.status, codeOf(res.body)], `${method} ${type}`).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE'])
      }
      const big = await send(method, path, JSON.stringify({ ...reportData(n, 'polresA', 'Besar'), venue: 'v'.repeat(2 * 1024 * 1024) }), 'application/json')
      expect([big.status, codeOf(big.body)], `${method} big`).toEqual([413, 'PAYLOAD_TOO_LARGE'])
    }
    expect(await reportCount()).toBe(before + 1)
  })

  it('should keep every save as a version, also one sent as an autosave or an unpublish', async () => {
    const report = await d.create('writerA', 'polresA', 'Laporan Simpan Otomatis')
    const versions = async () => (await t.payload.countVersions({ collection: 'reports', where: { parent: { equals: report.id } } })).totalDocs
    const first = await versions()
    for (const [summary, flag] of [
      ['Ringkasan pertama.', 'autosave=true'],
      ['Ringkasan kedua.', 'autosave=true'],
      ['Ringkasan ketiga.', 'unpublishAllLocales=true'],
    ]) {
      expect((await api.patch(`/reports/${report.id}?draft=true&${flag}`, { token: n.tokens.writerA, body: { summary } })).status).toBe(200)
    }
    expect(await versions()).toBe(first + 3)
    const kept = await t.payload.findVersions({ collection: 'reports', where: { parent: { equals: report.id } }, limit: 10 })
    expect(kept.docs.map((v) => (v.version as { summary?: string }).summary)).toContain('Ringkasan pertama.')
  })
})
