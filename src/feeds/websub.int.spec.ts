import { createServer, type Server } from 'node:http'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { createNewsroom, reportData, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

const SITE = 'https://warta.uji'

/** A WebSub hub on a free local port that records every publish ping, or answers 503 when `down`. */
const startHub = async () => {
  const pings: { mode: string | null; url: string | null; contentType: string | undefined }[] = []
  const state = { down: false }
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      if (state.down) {
        res.writeHead(503).end()
        return
      }
      const form = new URLSearchParams(body)
      pings.push({ mode: form.get('hub.mode'), url: form.get('hub.url'), contentType: req.headers['content-type'] })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return { url: `http://127.0.0.1:${port}/`, pings, state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

const feedsOf = (base: string) => [`${SITE}${base}/feed.xml`, `${SITE}${base}/atom.xml`, `${SITE}${base}/feed.json`]

describe(`WebSub pings on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let hub: Awaited<ReturnType<typeof startHub>>
  let t: TestPayload
  let api: RestClient
  let n: Newsroom
  let slugs: Record<string, string>
  let tagId: number | string

  beforeAll(async () => {
    hub = await startHub()
    process.env.SERVER_URL = SITE
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
    const units = await t.payload.find({ collection: 'units', depth: 0, limit: 0, pagination: false })
    slugs = Object.fromEntries(Object.entries(n.units).map(([key, id]) => [key, units.docs.find((u) => u.id === id)?.slug as string]))
    const type = await t.payload.findByID({ collection: 'activity-types', id: n.activityType, depth: 0 })
    slugs.type = type.slug as string
    const tag = await t.payload.create({ collection: 'tags', data: { name: 'Operasi Lilin' } })
    tagId = tag.id
    slugs.tag = tag.slug as string
  })
  afterAll(async () => {
    delete process.env.WEBSUB_HUB_URL
    delete process.env.SERVER_URL
    await t?.destroy()
    await hub?.close()
  })
  beforeEach(async () => {
    process.env.WEBSUB_HUB_URL = hub.url
    hub.state.down = false
    hub.pings.length = 0
    await t.payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'feeds' } } })
  })

  const act = (who: string, id: number | string, body: Record<string, unknown>) => api.post(`/reports/${id}/workflow`, { token: n.tokens[who], body })
  const publishNew = async (unit: string, title: string, extra: Record<string, unknown> = {}) => {
    const writer = unit === 'polsekA' ? 'writerPolsekA' : 'writerA'
    const created = await api.post<{ doc: { id: number } }>('/reports', { token: n.tokens[writer], body: reportData(n, unit, title, extra) })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect((await act(writer, id, { action: 'submit' })).status).toBe(200)
    expect((await act('editorA', id, { action: 'publish' })).status).toBe(200)
    return id
  }
  const queuedUrls = async () => {
    const { docs } = await t.payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'feeds' } }, depth: 0 })
    return docs.flatMap((job) => ((job.input as { urls: string[] }).urls ?? []))
  }

  it('should ping the hub with every feed a newly published report is in', async () => {
    await publishNew('polsekA', 'Polsek Ilir Timur I Gelar Patroli Dialogis', { tags: [tagId] })
    const expected = [
      ...feedsOf(''),
      ...feedsOf(`/unit/${slugs.polsekA}`),
      ...feedsOf(`/unit/${slugs.polresA}`),
      ...feedsOf(`/unit/${slugs.poldaA}`),
      ...feedsOf(`/unit/${slugs.hq}`),
      ...feedsOf(`/kategori/${slugs.type}`),
      ...feedsOf(`/tag/${slugs.tag}`),
    ].sort()
    expect((await queuedUrls()).sort()).toEqual(expected)

    await t.payload.jobs.run({ queue: 'feeds' })
    expect(hub.pings.map((ping) => ping.url).sort()).toEqual(expected)
    expect(hub.pings.every((ping) => ping.mode === 'publish' && ping.contentType === 'application/x-www-form-urlencoded')).toBe(true)
    expect(await queuedUrls()).toEqual([])
  })

  it('should ping the feeds a report left as well as the ones it joined when a correction moves it', async () => {
    const id = await publishNew('polsekA', 'Patroli Sahur di Kawasan Pasar 16 Ilir', { tags: [tagId] })
    await t.payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'feeds' } } })

    expect((await api.patch(`/reports/${id}?draft=true`, { token: n.tokens.editorHq, body: { unit: n.units.polresB, tags: [] } })).status).toBe(200)
    expect((await act('editorHq', id, { action: 'submit' })).status).toBe(200)
    // Only the queued edit: nothing public changed yet.
    expect(await queuedUrls()).toEqual([])
    expect((await act('admin', id, { action: 'publish', changeNote: 'Ralat: kegiatan ini milik Polrestabes Makassar.' })).status).toBe(200)

    const urls = await queuedUrls()
    for (const base of [`/unit/${slugs.polsekA}`, `/unit/${slugs.poldaA}`, `/tag/${slugs.tag}`, `/unit/${slugs.polresB}`, `/unit/${slugs.poldaB}`]) {
      expect(urls).toEqual(expect.arrayContaining(feedsOf(base)))
    }
  })

  it('should ping the feeds of a withdrawn report', async () => {
    const id = await publishNew('polresA', 'Rakor Pengamanan Ibadah Natal')
    await t.payload.delete({ collection: 'payload-jobs', where: { queue: { equals: 'feeds' } } })
    expect((await act('editorA', id, { action: 'withdraw', note: 'Ditarik: kegiatan dibatalkan.' })).status).toBe(200)
    expect((await queuedUrls()).sort()).toEqual([...feedsOf(''), ...feedsOf(`/unit/${slugs.polresA}`), ...feedsOf(`/unit/${slugs.poldaA}`), ...feedsOf(`/unit/${slugs.hq}`), ...feedsOf(`/kategori/${slugs.type}`)].sort())
  })

  it('should publish while the hub is down and keep the ping for a retry', async () => {
    hub.state.down = true
    const id = await publishNew('polresA', 'Sosialisasi Penerimaan Anggota Polri')
    const live = await api.get<{ _status: string }>(`/reports/${id}`)
    expect(live.body._status).toBe('published')

    await t.payload.jobs.run({ queue: 'feeds' })
    const { docs } = await t.payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'feeds' } }, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ processing: false, completedAt: null })
    expect(docs[0]?.totalTried).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(docs[0]?.log)).toContain('503')

    hub.state.down = false
    await t.payload.update({ collection: 'payload-jobs', id: docs[0]!.id, data: { waitUntil: new Date().toISOString() } })
    await t.payload.jobs.run({ queue: 'feeds' })
    expect(hub.pings.length).toBe(15)
  })

  it('should queue nothing when no hub is configured', async () => {
    delete process.env.WEBSUB_HUB_URL
    await publishNew('polresA', 'Vicon Persiapan Operasi Lilin')
    expect(await queuedUrls()).toEqual([])
  })
})
