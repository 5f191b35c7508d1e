import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'
import { photoJpeg } from '@/testing/images'
import { createNewsroom, reportData, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

import { checkMedia } from './checkMedia'
import { renditionsOf } from './renditionFiles'

const FAILING_ALT = 'GAGAL DISIMPAN'

/** A database trigger that refuses one media row: the failure happens after Payload wrote the files. */
const installFailingTrigger = async (t: TestPayload) => {
  const drizzle = t.payload.db.drizzle as unknown as { run?: (q: unknown) => Promise<unknown>; execute?: (q: unknown) => Promise<unknown> }
  if (t.db.kind === 'sqlite') {
    await drizzle.run?.(sql.raw(`CREATE TRIGGER warta_test_fail BEFORE INSERT ON media WHEN NEW.alt = '${FAILING_ALT}' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;`))
  } else {
    await drizzle.execute?.(sql.raw(`CREATE FUNCTION warta_test_fail() RETURNS trigger AS $$ BEGIN IF NEW.alt = '${FAILING_ALT}' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;`))
    await drizzle.execute?.(sql.raw(`CREATE TRIGGER warta_test_fail BEFORE INSERT ON media FOR EACH ROW EXECUTE FUNCTION warta_test_fail();`))
  }
}

describe.runIf((process.env.TEST_DB || 'sqlite') !== 'mongodb')(`media integrity on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom
  const files = () => readdirSync(t.db.mediaDir).sort()
  const upload = (alt: string) =>
    photoJpeg(1000, 700).then((file) => api.upload<{ doc: Media }>('/media', { file, filename: 'foto.jpg', type: 'image/jpeg', token: n.tokens.writerA, fields: { alt } }))

  beforeAll(async () => {
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
    await installFailingTrigger(t)
  })
  afterAll(async () => {
    await t?.destroy()
  })

  it('should leave neither a record nor a file when the database refuses the record after the files were written', async () => {
    await upload('Foto pertama')
    const before = files()
    const count = (await t.payload.count({ collection: 'media' })).totalDocs
    const res = await upload(FAILING_ALT)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(files()).toEqual(before)
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(count)
  })

  it('should find orphan files and records without files, and remove them with fix', async () => {
    const kept = (await upload('Foto yang tetap')).body.doc
    const broken = (await upload('Foto yang filenya hilang')).body.doc
    rmSync(path.join(t.db.mediaDir, broken.filename as string))
    writeFileSync(path.join(t.db.mediaDir, 'sisa-unggahan-terputus.jpg'), await photoJpeg(100, 100))

    const report = await checkMedia(t.payload)
    expect(report.orphanFiles).toEqual(['sisa-unggahan-terputus.jpg'])
    expect(report.missingFiles.map((m) => m.id)).toEqual([broken.id])
    expect(files()).toContain('sisa-unggahan-terputus.jpg')

    const fixed = await checkMedia(t.payload, { fix: true })
    expect(fixed.removedFiles).toEqual(['sisa-unggahan-terputus.jpg'])
    expect(fixed.removedRecords).toEqual([broken.id])
    expect(files()).not.toContain('sisa-unggahan-terputus.jpg')
    expect(files()).toContain(kept.filename)
    await expect(t.payload.findByID({ collection: 'media', id: broken.id })).rejects.toThrow()
    const again = await checkMedia(t.payload)
    expect([again.orphanFiles, again.missingFiles]).toEqual([[], []])
  })

  it('should refuse to fix with a wrong or empty MEDIA_DIR, and never delete the record of a photo a report shows', async () => {
    const shown = (await upload('Foto laporan')).body.doc
    const report = await api.post<{ doc: { id: number } }>('/reports', { token: n.tokens.writerA, body: reportData(n, 'polresA', 'Laporan Dengan Foto Hilang', { leadPhoto: shown.id }) })
    expect(report.status).toBe(201)
    const count = (await t.payload.count({ collection: 'media' })).totalDocs
    const realDir = process.env.MEDIA_DIR
    try {
      process.env.MEDIA_DIR = path.join(t.db.mediaDir, 'tidak-ada')
      await expect(checkMedia(t.payload, { fix: true })).rejects.toThrow(/does not exist/)
      process.env.MEDIA_DIR = mkdtempSync(path.join(os.tmpdir(), 'warta-media-kosong-'))
      await expect(checkMedia(t.payload, { fix: true })).rejects.toThrow(/MEDIA_DIR/)
    } finally {
      process.env.MEDIA_DIR = realDir
    }
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(count)

    rmSync(path.join(t.db.mediaDir, shown.filename as string))
    const fixed = await checkMedia(t.payload, { fix: true })
    expect(fixed.missingFiles.find((m) => m.id === shown.id)?.usedByReports).toBe(1)
    expect(fixed.removedRecords).not.toContain(shown.id)
    expect((await t.payload.count({ collection: 'media', where: { id: { equals: shown.id } } })).totalDocs).toBe(1)
  })

  it('should render the renditions of a photo stored before renditions existed', async () => {
    const legacy = (await upload('Foto lama')).body.doc
    await t.payload.db.updateOne({ collection: 'media', id: legacy.id, data: { renditions: null, fileBase: null } })
    expect((await checkMedia(t.payload)).withoutRenditions).toEqual([legacy.id])
    const fixed = await checkMedia(t.payload, { fix: true })
    expect(fixed.rendered).toEqual([legacy.id])
    const doc = await t.payload.findByID({ collection: 'media', id: legacy.id })
    const renditions = renditionsOf(doc.renditions)
    expect(Object.keys(renditions).length).toBeGreaterThan(10)
    for (const r of Object.values(renditions)) expect(files()).toContain(r?.filename)
    expect((await checkMedia(t.payload)).withoutRenditions).toEqual([])
  })
})
