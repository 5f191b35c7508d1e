/** A photo caption or credit ("Foto: Humas Polres Blora"), which belongs under a photo, not in the body. */
const CAPTION_PATTERNS = [
  /^(?:foto|photo|keterangan\s+foto|ket(?:erangan)?\.?\s*(?:foto|gambar)|caption|dok(?:umentasi)?\.?)\s*[:：|-]/iu,
  /\(\s*(?:foto|photo|dok(?:umentasi)?\.?)\s*[:：]?[^()]{1,80}\)\s*$/iu,
  /(?:^|[.\s])(?:foto|photo)\s*[:：]\s*[^.:]{2,80}$/iu,
]

export const isCaption = (line: string, tag: string | null): boolean =>
  tag === 'figcaption' || (line.length <= 400 && CAPTION_PATTERNS.some((pattern) => pattern.test(line)))
