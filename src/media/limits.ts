/** Upload limits, from the environment: MEDIA_MAX_MB (default 15) and MEDIA_MAX_MEGAPIXELS (default 40). */
const positive = (value: string | undefined, fallback: number): number => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

export const maxUploadBytes = (): number => Math.round(positive(process.env.MEDIA_MAX_MB, 15) * 1024 * 1024)
export const maxInputPixels = (): number => Math.round(positive(process.env.MEDIA_MAX_MEGAPIXELS, 40) * 1_000_000)
