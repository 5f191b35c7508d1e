/**
 * `npm run bench:media [-- --runs 5]`: uploads a 12-megapixel JPEG through the REST API (multipart
 * parsing, checks, re-encoding, every size, files and database row) on a throwaway database, and
 * times sharp doing the same re-encode and resizes directly in the same process. Prints both, their
 * ratio and the process's peak memory. Targets: ratio <= 1.3, peak RSS < 300 MB.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import { inspectImage } from '@/media/inspectImage'
import { RENDITIONS, renderImage } from '@/media/renditions'
import { createNewsroom } from '@/testing/newsroom'
import { restClient } from '@/testing/restClient'
import { startTestPayload } from '@/testing/testPayload'

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number

/** A 4000×3000 photo-like JPEG: shapes, a gradient and sensor-like noise, at camera quality. */
const makePhoto = async (): Promise<Buffer> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="3000">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#23415f"/><stop offset="1" stop-color="#c9a66b"/></linearGradient></defs>
    <rect width="4000" height="3000" fill="url(#g)"/>
    ${Array.from({ length: 60 }, (_, i) => `<circle cx="${(i * 631) % 4000}" cy="${1800 + ((i * 277) % 1100)}" r="${90 + (i % 7) * 20}" fill="#1b1b1b" opacity="0.8"/>`).join('')}
    <rect x="1100" y="300" width="1800" height="900" fill="#f2f2f2" opacity="0.9"/>
  </svg>`
  const base = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true })
  const noise = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 0, sigma: 12 } } }).raw().toBuffer()
  const mixed = Buffer.alloc(base.data.length / base.info.channels * 3)
  for (let p = 0, q = 0; q < mixed.length; p += base.info.channels, q += 3) {
    for (let c = 0; c < 3; c++) mixed[q + c] = Math.max(0, Math.min(255, (base.data[p + c] as number) + (noise[q + c] as number) - 128))
  }
  return sharp(mixed, { raw: { width: 4000, height: 3000, channels: 3 } }).jpeg({ quality: 92 }).toBuffer()
}

/** The image work of one upload, done with sharp directly: checks, re-encoded original, every rendition, files. */
const direct = async (input: Buffer, dir: string) => {
  await inspectImage(input, { maxBytes: 100 * 1024 * 1024, maxPixels: 40_000_000 })
  const rendered = await renderImage(input, { format: 'jpeg', base: 'bench-00000000', maxPixels: 40_000_000 })
  writeFileSync(path.join(dir, 'original.jpg'), rendered.original.data)
  for (const r of Object.values(rendered.renditions)) writeFileSync(path.join(dir, r.filename), r.data)
}

let peakRss = 0
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20)

const t = await startTestPayload()
const api = restClient(t.payload)
const newsroom = await createNewsroom(t.payload, api)
const photo = await makePhoto()
const scratch = mkdtempSync(path.join(os.tmpdir(), 'warta-bench-media-'))
process.stdout.write(`12 MP JPEG: ${(photo.length / 1024 / 1024).toFixed(1)} MB, ${RENDITIONS.length} renditions, ${runs} runs each, ${os.cpus().length} cores\n`)
const idleRss = process.memoryUsage().rss

// One warm-up of each path, not counted.
await direct(photo, scratch)
await api.upload('/media', { file: photo, filename: 'warmup.jpg', type: 'image/jpeg', token: newsroom.tokens.writerA, fields: { alt: 'Pemanasan' } })

const apiTimes: number[] = []
const directTimes: number[] = []
for (let i = 0; i < runs; i++) {
  let started = performance.now()
  const res = await api.upload('/media', { file: photo, filename: `bench-${i}.jpg`, type: 'image/jpeg', token: newsroom.tokens.writerA, fields: { alt: `Foto uji ${i}` } })
  apiTimes.push(performance.now() - started)
  if (res.status !== 201) throw new Error(`Upload failed: ${res.status} ${JSON.stringify(res.body)}`)
  started = performance.now()
  await direct(photo, scratch)
  directTimes.push(performance.now() - started)
}
clearInterval(sampler)

const apiMs = median(apiTimes)
const directMs = median(directTimes)
const ratio = apiMs / directMs
const rows = [
  ['upload through the REST API', `${apiMs.toFixed(0)} ms`],
  ['sharp directly, same work', `${directMs.toFixed(0)} ms`],
  ['ratio (target <= 1.30)', ratio.toFixed(2)],
  ['process RSS: idle, Payload loaded', `${(idleRss / 1024 / 1024).toFixed(0)} MB`],
  ['process RSS: peak while uploading', `${(peakRss / 1024 / 1024).toFixed(0)} MB`],
  ['added by uploads (target < 300 MB)', `${((peakRss - idleRss) / 1024 / 1024).toFixed(0)} MB`],
]
for (const [what, value] of rows) process.stdout.write(`${(what ?? "").padEnd(44)} ${value}\n`)

rmSync(scratch, { recursive: true, force: true })
await t.destroy()
process.exit(0)
