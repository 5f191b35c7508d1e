import { availableParallelism } from 'node:os'

import sharp from 'sharp'

import type { AcceptedFormat } from './inspectImage'

/** An output format: the fallback (JPEG, or PNG for photos with transparency), WebP or AVIF. */
export type RenditionFormat = 'fallback' | 'webp' | 'avif'

export type RenditionSpec = {
  name: string
  width: number
  /** Set for crops (cut around the focal point); unset for the whole photo at this width. */
  height?: number
  format: RenditionFormat
  /** Crops for sharing and search engines may be enlarged from a small photo; others never are. */
  enlarge?: boolean
  /** Made even from a photo narrower than `width` (at the photo's own width), so every photo has one. */
  always?: boolean
}

const proportional = (name: string, width: number, always = false): RenditionSpec[] => [
  { name, width, format: 'fallback', always },
  { name: `${name}Webp`, width, format: 'webp', always },
  { name: `${name}Avif`, width, format: 'avif', always },
]

/**
 * Every rendition of an uploaded photo. Crops (thumbnail 4:3, card 16:9) follow the focal point;
 * proportional sizes keep the whole photo; share (1200×630) and the 1:1, 4:3 and 16:9 crops are what
 * link previews and search engines ask for.
 */
export const RENDITIONS: RenditionSpec[] = [
  { name: 'thumbnail', width: 400, height: 300, format: 'fallback' },
  { name: 'thumbnailWebp', width: 400, height: 300, format: 'webp' },
  { name: 'card', width: 800, height: 450, format: 'fallback' },
  { name: 'cardWebp', width: 800, height: 450, format: 'webp' },
  ...proportional('small', 640, true),
  ...proportional('article', 1200),
  ...proportional('wide', 1800),
  { name: 'share', width: 1200, height: 630, format: 'fallback', enlarge: true },
  { name: 'square', width: 1200, height: 1200, format: 'fallback', enlarge: true },
  { name: 'fourByThree', width: 1200, height: 900, format: 'fallback', enlarge: true },
  { name: 'sixteenByNine', width: 1200, height: 675, format: 'fallback', enlarge: true },
]
export type RenditionName = (typeof RENDITIONS)[number]['name']

/** The widest proportional rendition: the master every rendition is cut from. */
const MASTER_WIDTH = 1800

const ENCODERS = {
  jpeg: { ext: 'jpg', mime: 'image/jpeg', apply: (s: sharp.Sharp) => s.jpeg({ quality: 80, progressive: true }) },
  png: { ext: 'png', mime: 'image/png', apply: (s: sharp.Sharp) => s.png({ compressionLevel: 7, adaptiveFiltering: true }) },
  webp: { ext: 'webp', mime: 'image/webp', apply: (s: sharp.Sharp) => s.webp({ quality: 78 }) },
  avif: { ext: 'avif', mime: 'image/avif', apply: (s: sharp.Sharp) => s.avif({ quality: 50, effort: 2 }) },
} as const
type Encoder = keyof typeof ENCODERS

/** The stored original keeps the upload's format, at a quality fit for an archive. */
const ORIGINAL_ENCODERS: Record<AcceptedFormat, (s: sharp.Sharp) => sharp.Sharp> = {
  jpeg: (s) => s.jpeg({ quality: 88 }),
  png: (s) => s.png({ compressionLevel: 7 }),
  webp: (s) => s.webp({ quality: 88 }),
  avif: (s) => s.avif({ quality: 65, effort: 2 }),
}

export type RenderedFile = { filename: string; data: Buffer; width: number; height: number; mimeType: string; filesize: number }
export type Rendered = { original: Omit<RenderedFile, 'filename'>; renditions: Record<string, RenderedFile> }

type Raw = { data: Buffer; info: sharp.OutputInfo }

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max)

/** Where a crop of `w`×`h` sits in the master scaled to cover it, centred on the focal point. */
export const cropBox = (master: { width: number; height: number }, target: { width: number; height: number }, focal: { x: number; y: number }, enlarge: boolean) => {
  const cover = Math.max(target.width / master.width, target.height / master.height)
  const scale = enlarge ? cover : Math.min(cover, 1)
  const scaledWidth = Math.max(Math.round(master.width * scale), 1)
  const scaledHeight = Math.max(Math.round(master.height * scale), 1)
  const width = Math.min(target.width, scaledWidth)
  const height = Math.min(target.height, scaledHeight)
  const left = Math.round(clamp((scaledWidth * focal.x) / 100 - width / 2, 0, scaledWidth - width))
  const top = Math.round(clamp((scaledHeight * focal.y) / 100 - height / 2, 0, scaledHeight - height))
  return { scaledWidth, scaledHeight, left, top, width, height }
}

/**
 * Runs `work` over `items`, as many at a time as there are cores: libvips already threads each image,
 * and AVIF encoders take ~30 MB each, so more at once only costs memory.
 */
const inPool = async <T>(items: T[], work: (item: T) => Promise<void>, size = Math.max(availableParallelism(), 1)): Promise<void> => {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T)
  }
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker))
}

const fromRaw = ({ data, info }: Raw) => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })

/**
 * Renders an upload once: the original re-encoded upright without any metadata, and every rendition
 * cut from one master at most 1800 px wide, decoded a single time. `base` names the files.
 */
export const renderImage = async (
  input: Buffer,
  { format, base, focal = { x: 50, y: 50 }, maxPixels, specs = RENDITIONS }: { format: AcceptedFormat; base: string; focal?: { x: number; y: number }; maxPixels: number; specs?: RenditionSpec[] },
): Promise<Rendered> => {
  const source = () => sharp(input, { limitInputPixels: maxPixels, failOn: 'truncated' }).rotate()
  // One after the other: each decodes the full photo, and two at once doubles the peak memory.
  const originalOut = await ORIGINAL_ENCODERS[format](source()).toBuffer({ resolveWithObject: true })
  const master: Raw = await source()
    .resize({ width: MASTER_WIDTH, height: MASTER_WIDTH * 4, fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true })
  const hasAlpha = master.info.channels === 4
  // Browsers that take neither AVIF nor WebP get JPEG, or PNG where the photo is transparent.
  const fallback: Encoder = format === 'png' || hasAlpha ? 'png' : 'jpeg'

  const renditions: Record<string, RenderedFile> = {}
  await inPool(
    specs,
    async (spec) => {
      let pipeline: sharp.Sharp
      if (spec.height) {
        const box = cropBox(master.info, { width: spec.width, height: spec.height }, focal, spec.enlarge ?? false)
        pipeline = fromRaw(master).resize(box.scaledWidth, box.scaledHeight).extract({ left: box.left, top: box.top, width: box.width, height: box.height })
      } else {
        if (spec.width > master.info.width && !spec.always) return
        const width = Math.min(spec.width, master.info.width)
        pipeline = width === master.info.width ? fromRaw(master) : fromRaw(master).resize({ width })
      }
      const encoder = ENCODERS[spec.format === 'fallback' ? fallback : spec.format]
      const { data, info } = await encoder.apply(pipeline).toBuffer({ resolveWithObject: true })
      renditions[spec.name] = {
        filename: `${base}-${spec.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-${info.width}x${info.height}.${encoder.ext}`,
        data,
        width: info.width,
        height: info.height,
        mimeType: encoder.mime,
        filesize: data.length,
      }
    },
  )
  return {
    original: { data: originalOut.data, width: originalOut.info.width, height: originalOut.info.height, mimeType: `image/${format}`, filesize: originalOut.data.length },
    renditions,
  }
}
