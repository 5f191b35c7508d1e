import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import exifr from 'exifr'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renditionsOf } from '@/media/renditionFiles'
import { RENDITIONS } from '@/media/renditions'
import { serveRendition } from '@/media/serveRendition'
import type { Media } from '@/payload-types'
import {
  avifImage,
  htmlFile,
  jpegWithGps,
  jpegWithHtmlComment,
  pdfFile,
  photoJpeg,
  pngImage,
  pngPixelBomb,
  svgWithScript,
  truncatedJpeg,
  webpImage,
} from '@/testing/images'
import { createNewsroom, reportData, type Newsroom } from '@/testing/newsroom'
import { restClient, type RestClient } from '@/testing/restClient'
import { startTestPayload, type TestPayload } from '@/testing/testPayload'

type ErrorBody = { errors?: { message: string; data?: { code?: string } }[] }
type Upload = { doc: Media } & ErrorBody

describe(`photo uploads on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let t: TestPayload
  let api: RestClient
  let n: Newsroom
  const files = () => readdirSync(t.db.mediaDir).sort()
  const fields = { alt: 'Peserta rakor di aula', caption: 'Rakor pengamanan.', credit: 'Foto: Humas Polrestabes Palembang' }
  const upload = (file: Buffer, filename: string, type: string, token: string | null = n.tokens.writerA ?? null, extra = {}) =>
    api.upload<Upload>('/media', { file, filename, type, token, fields: { ...fields, ...extra } })
  const code = (body: unknown) => (body as ErrorBody).errors?.[0]?.data?.code
  const onDisk = (name: string | null | undefined) => readFileSync(path.join(t.db.mediaDir, name as string))
  /** GET /media/{file} as the site serves it, anonymously or with a staff token. */
  const media = (url: string, token?: string) =>
    serveRendition(t.payload, decodeURIComponent(url.replace(/^\/media\//, '')), new Headers(token ? { Authorization: `JWT ${token}` } : {}))

  beforeAll(async () => {
    t = await startTestPayload()
    api = restClient(t.payload)
    n = await createNewsroom(t.payload, api)
  })
  afterAll(async () => {
    await t?.destroy()
  })

  describe('what is accepted', () => {
    it('should store a GPS-tagged, rotated phone photo upright, and keep no EXIF or GPS in the original or any size', async () => {
      const input = await jpegWithGps()
      expect(await exifr.gps(input)).toMatchObject({ latitude: expect.any(Number) })
      const res = await upload(input, 'IMG_2041.JPG', 'image/jpeg')
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      const doc = res.body.doc
      // Orientation 6 means the 3000×2000 pixels are shown as 2000×3000.
      expect([doc.width, doc.height]).toEqual([2000, 3000])
      const renditions = renditionsOf(doc.renditions)
      const names = [doc.filename, ...Object.values(renditions).map((r) => r?.filename)]
      expect(names.filter(Boolean).length).toBe(1 + RENDITIONS.length)
      for (const name of names.filter(Boolean)) {
        const bytes = onDisk(name)
        const meta = await sharp(bytes).metadata()
        expect(meta.exif, name as string).toBeUndefined()
        expect(meta.xmp, name as string).toBeUndefined()
        expect(meta.iptc, name as string).toBeUndefined()
        expect(meta.orientation ?? 1, name as string).toBe(1)
        expect(await exifr.gps(bytes).catch(() => undefined), name as string).toBeUndefined()
        expect(bytes.includes(Buffer.from('KameraUji')), name as string).toBe(false)
      }
      expect(renditions.share).toMatchObject({ width: 1200, height: 630, mimeType: 'image/jpeg' })
      expect(renditions.articleWebp).toMatchObject({ width: 1200, height: 1800, mimeType: 'image/webp' })
      expect(renditions.wide).toMatchObject({ width: 1800, height: 2700, mimeType: 'image/jpeg' })
      expect(renditions.smallAvif).toMatchObject({ width: 640, height: 960, mimeType: 'image/avif' })
      expect(renditions.card).toMatchObject({ width: 800, height: 450 })
      expect(doc).toMatchObject({ alt: fields.alt, caption: fields.caption, credit: fields.credit, public: false, unit: { id: n.units.polresA } })
    })

    it.each([
      ['PNG', pngImage, 'grafik.png', 'image/png', 'png'],
      ['WebP', webpImage, 'foto.webp', 'image/webp', 'webp'],
      ['AVIF', avifImage, 'foto.avif', 'image/avif', 'avif'],
      ['PNG sent as image/jpeg with a .jpg name', pngImage, 'foto.jpg', 'image/jpeg', 'png'],
    ] as const)('should accept %s, named and typed by its bytes', async (_, make, filename, type, ext) => {
      const res = await upload(await make(), filename, type)
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      expect(res.body.doc.filename).toMatch(new RegExp(`^[a-z0-9-]+-[0-9a-f]{8}\\.${ext}$`))
    })

    it('should re-encode a JPEG with HTML in its comment: bytes differ, no comment, served as image/jpeg with nosniff', async () => {
      const input = await jpegWithHtmlComment()
      const res = await upload(input, 'poliglot.jpg', 'image/jpeg')
      expect(res.status).toBe(201)
      const stored = onDisk(res.body.doc.filename)
      expect(stored.equals(input)).toBe(false)
      expect(stored.includes(Buffer.from('<script'))).toBe(false)
      const served = await api.download(res.body.doc.url as string, n.tokens.writerA)
      expect(served.status).toBe(200)
      expect(served.headers.get('content-type')).toBe('image/jpeg')
      expect(served.headers.get('x-content-type-options')).toBe('nosniff')
      expect(served.bytes.includes(Buffer.from('<script'))).toBe(false)
    })

    it.each([
      ['../../x.jpg'],
      ['%2e%2e%2fx.jpg'],
      [`${'panjang'.repeat(45)}.jpg`],
      ['\u202Egpj.exe'],
      ['CON.jpg'],
      ['foto.php.jpg'],
    ])('should store %j under the media folder with a safe unique name', async (filename) => {
      const res = await upload(await photoJpeg(400, 300), filename, 'image/jpeg')
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      const name = res.body.doc.filename as string
      expect(name).toMatch(/^[a-z0-9-]{1,70}-[0-9a-f]{8}\.jpg$/)
      expect(readdirSync(t.db.mediaDir)).toContain(name)
    })
  })

  describe('what is refused, leaving no file and no record', () => {
    it.each([
      ['an SVG with a script', svgWithScript, 'logo.svg', 'image/svg+xml', 'UNSUPPORTED_TYPE'],
      ['HTML renamed .jpg', htmlFile, 'foto.jpg', 'image/jpeg', 'UNSUPPORTED_TYPE'],
      ['a PDF', pdfFile, 'surat.pdf', 'application/pdf', 'UNSUPPORTED_TYPE'],
      ['a script renamed .png', () => Buffer.from('#!/bin/sh\nrm -rf /\n'), 'x.png', 'image/png', 'UNSUPPORTED_TYPE'],
      ['a truncated JPEG', truncatedJpeg, 'potong.jpg', 'image/jpeg', 'CORRUPT_IMAGE'],
      ['a zero-byte file', () => Buffer.alloc(0), 'kosong.jpg', 'image/jpeg', undefined],
    ] as const)('should refuse %s with 400', async (_, make, filename, type, expected) => {
      const before = files()
      const count = (await t.payload.count({ collection: 'media' })).totalDocs
      const res = await upload(await make(), filename, type)
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      if (expected) expect(code(res.body)).toBe(expected)
      expect(files()).toEqual(before)
      expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(count)
    })

    it('should answer 400, not 500, to a file name with a NUL byte', async () => {
      const before = files()
      const res = await upload(await photoJpeg(400, 300), 'nul\u0000byte.jpg', 'image/jpeg')
      expect([res.status, code(res.body)]).toEqual([400, 'MALFORMED_REQUEST'])
      expect(files()).toEqual(before)
    })

    it('should refuse a PNG that declares 20000×20000 pixels in well under a second', async () => {
      const bomb = pngPixelBomb(20000)
      expect(bomb.length).toBeLessThan(200_000)
      const before = files()
      const started = performance.now()
      const res = await upload(bomb, 'bom.png', 'image/png')
      const elapsed = performance.now() - started
      expect([res.status, code(res.body)]).toEqual([400, 'TOO_MANY_PIXELS'])
      expect(elapsed).toBeLessThan(1000)
      expect(files()).toEqual(before)
    })

    it('should cut off a 16 MB upload with 413', async () => {
      const big = Buffer.concat([await photoJpeg(200, 200), Buffer.alloc(16 * 1024 * 1024, 7)])
      const before = files()
      const res = await upload(big, 'besar.jpg', 'image/jpeg')
      expect(res.status).toBe(413)
      expect(files()).toEqual(before)
    })

    it('should refuse an upload without alt text, and anonymous uploads', async () => {
      const before = files()
      const noAlt = await upload(await photoJpeg(400, 300), 'tanpa-alt.jpg', 'image/jpeg', n.tokens.writerA, { alt: '' })
      expect(noAlt.status).toBe(400)
      const anonymous = await upload(await photoJpeg(400, 300), 'anon.jpg', 'image/jpeg', null)
      expect(anonymous.status).toBe(403)
      expect(files()).toEqual(before)
    })

    it('should refuse an anonymous upload before reading the file at all', async () => {
      // A pixel bomb is refused with TOO_MANY_PIXELS once its header is read: anonymously it never is.
      const bomb = await upload(pngPixelBomb(), 'bom.png', 'image/png', null)
      expect([bomb.status, code(bomb.body)]).toEqual([403, undefined])
    })
  })

  describe('focal point', () => {
    it('should cut the crops again around a new focal point, under new names, and remove the old ones', async () => {
      const photo = (await upload(await photoJpeg(2400, 1600), 'fokus.jpg', 'image/jpeg')).body.doc
      const before = renditionsOf(photo.renditions)
      const res = await api.patch<{ doc: Media }>(`/media/${photo.id}`, { token: n.tokens.writerA, body: { focalX: 90, focalY: 10 } })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
      const after = renditionsOf(res.body.doc.renditions)
      expect(after.card?.filename).not.toBe(before.card?.filename)
      expect(after.article?.filename).toBe(before.article?.filename)
      expect(files()).toContain(after.card?.filename)
      expect(files()).not.toContain(before.card?.filename)
    })
  })

  describe('who sees a photo', () => {
    it('should keep photos of unpublished reports from anonymous readers, in the listing and by file URL', async () => {
      const photo = (await upload(await photoJpeg(800, 600), 'rakor.jpg', 'image/jpeg')).body.doc
      const created = await api.post<{ doc: { id: number } }>('/reports', { token: n.tokens.writerA, body: reportData(n, 'polresA', 'Laporan Dengan Foto', { leadPhoto: photo.id }) })
      const id = created.body.doc.id
      const listed = async () => (await api.get<{ docs: { id: number }[] }>('/media?limit=100')).body.docs.map((doc) => doc.id)

      expect(await listed()).not.toContain(photo.id)
      expect((await api.download(photo.url as string)).status).toBe(403)
      const card = `/media/${renditionsOf(photo.renditions).card?.filename}`
      expect((await media(card)).status).toBe(404)
      const staff = await media(card, n.tokens.writerA)
      expect([staff.status, staff.headers.get('cache-control')]).toEqual([200, 'private, no-store'])
      expect((await media(card, n.tokens.writerB)).status).toBe(404)
      expect((await api.get(`/media?limit=10`, { token: n.tokens.writerB })).body.docs).not.toContainEqual(expect.objectContaining({ id: photo.id }))

      await api.post(`/reports/${id}/workflow`, { token: n.tokens.writerA, body: { action: 'submit' } })
      await api.post(`/reports/${id}/workflow`, { token: n.tokens.editorA, body: { action: 'publish' } })
      expect(await listed()).toContain(photo.id)
      const served = await media(card)
      expect([served.status, served.headers.get('content-type'), served.headers.get('x-content-type-options')]).toEqual([200, 'image/jpeg', 'nosniff'])
      expect(served.headers.get('cache-control')).toBe('public, max-age=3600')
      expect((await media(card.replace('.jpg', '.png'))).status).toBe(404)

      await api.post(`/reports/${id}/workflow`, { token: n.tokens.editorA, body: { action: 'withdraw', note: 'Foto salah.' } })
      expect(await listed()).not.toContain(photo.id)
      expect((await api.download(photo.url as string)).status).toBe(403)
    })
  })
})
