import sharp from 'sharp'

/** The formats Warta accepts, by what the bytes are, with the MIME type and extension they get. */
export const ACCEPTED_FORMATS = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  avif: { mime: 'image/avif', ext: 'avif' },
} as const
export type AcceptedFormat = keyof typeof ACCEPTED_FORMATS

export type ImageRefusal = { ok: false; status: 400 | 413; code: string; message: string }
export type InspectedImage = { ok: true; format: AcceptedFormat; width: number; height: number }

const refuse = (code: string, message: string, status: 400 | 413 = 400): ImageRefusal => ({ ok: false, status, code, message })

const formatOf = (meta: sharp.Metadata): AcceptedFormat | null => {
  if (meta.format === 'jpeg' || meta.format === 'png' || meta.format === 'webp') return meta.format
  // libheif reports AVIF as "heif" with the AV1 codec; HEIC (HEVC) photos are not accepted.
  if (meta.format === 'heif' && meta.compression === 'av1') return 'avif'
  return null
}

/**
 * What an upload really is, decided from its bytes: an accepted image format, within the byte and
 * pixel limits, and decodable to the end. The pixel check reads only the header, so a small file that
 * declares a huge canvas is refused before anything is decoded.
 */
export const inspectImage = async (data: Buffer, { maxBytes, maxPixels }: { maxBytes: number; maxPixels: number }): Promise<InspectedImage | ImageRefusal> => {
  if (data.length === 0) return refuse('EMPTY_FILE', 'Berkas kosong.')
  if (data.length > maxBytes) return refuse('FILE_TOO_LARGE', `Berkas melebihi batas ${Math.round(maxBytes / 1024 / 1024)} MB.`, 413)
  let meta: sharp.Metadata
  try {
    meta = await sharp(data, { limitInputPixels: false }).metadata()
  } catch {
    return refuse('UNSUPPORTED_TYPE', 'Berkas bukan foto yang didukung (JPEG, PNG, WebP atau AVIF).')
  }
  const format = formatOf(meta)
  if (!format) return refuse('UNSUPPORTED_TYPE', 'Berkas bukan foto yang didukung (JPEG, PNG, WebP atau AVIF).')
  const { width, height } = meta
  if (!width || !height) return refuse('CORRUPT_IMAGE', 'Ukuran foto tidak dapat dibaca.')
  if (width * height > maxPixels) {
    return refuse('TOO_MANY_PIXELS', `Foto ${width}×${height} piksel melebihi batas ${Math.round(maxPixels / 1_000_000)} megapiksel.`)
  }
  if ((meta.pages ?? 1) > 1) return refuse('UNSUPPORTED_TYPE', 'Foto animasi atau berhalaman banyak tidak didukung.')
  try {
    // A small decode reads the whole stream: truncated and corrupt files fail here. Only truncation
    // and errors count: real camera JPEGs often carry harmless libjpeg warnings.
    await sharp(data, { limitInputPixels: maxPixels, failOn: 'truncated' }).resize(32).toBuffer()
  } catch {
    return refuse('CORRUPT_IMAGE', 'Foto rusak atau tidak utuh.')
  }
  return { ok: true, format, width, height }
}
