import { deflateSync } from 'node:zlib'

import sharp from 'sharp'

/** Real image files made in the test, each a case the upload pipeline must handle. */

/** A photo-like JPEG (noise, so it compresses like a photo) of a given size. */
export const photoJpeg = async (width = 1600, height = 1200): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: '#2d5b8a', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .jpeg({ quality: 85 })
    .toBuffer()

/** A 3000×2000 JPEG carrying GPS coordinates (near Palembang), a camera make and EXIF orientation 6 (rotate 90°). */
export const jpegWithGps = async (): Promise<Buffer> =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#884422' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'KameraUji', Model: 'Saku-1' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '2/1 59/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '104/1 45/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer()

/** A valid JPEG with an HTML/JS payload in a COM segment right after the start marker (a polyglot). */
export const jpegWithHtmlComment = async (): Promise<Buffer> => {
  const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#224466' } }).jpeg().toBuffer()
  const payload = Buffer.from('<html><script>alert(document.cookie)</script></html>')
  const length = Buffer.alloc(2)
  length.writeUInt16BE(payload.length + 2)
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, payload, jpeg.subarray(2)])
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (data: Buffer) => {
  let c = 0xffffffff
  for (const byte of data) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A few-KB PNG whose header declares `size`×`size` pixels (a "pixel bomb"). */
export const pngPixelBomb = (size = 20000): Buffer => {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 0, 0, 0, 0], 8) // 8-bit greyscale
  const rows = deflateSync(Buffer.alloc((size + 1) * 4)) // a few rows of zeros; the rest is missing
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', rows), chunk('IEND', Buffer.alloc(0))])
}

export const svgWithScript = (): Buffer =>
  Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>')

export const htmlFile = (): Buffer => Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')

export const pdfFile = (): Buffer => Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')

/** The first 60 % of a JPEG. */
export const truncatedJpeg = async (): Promise<Buffer> => {
  const jpeg = await photoJpeg(800, 600)
  return jpeg.subarray(0, Math.floor(jpeg.length * 0.6))
}

export const pngImage = async (): Promise<Buffer> => sharp({ create: { width: 900, height: 600, channels: 4, background: '#11aa5588' } }).png().toBuffer()
export const webpImage = async (): Promise<Buffer> => sharp({ create: { width: 900, height: 600, channels: 3, background: '#aa5511' } }).webp().toBuffer()
export const avifImage = async (): Promise<Buffer> => sharp({ create: { width: 900, height: 600, channels: 3, background: '#5511aa' } }).avif().toBuffer()
