/**
 * Text as pasted from Word, WhatsApp or a web page, made plain: one paragraph a line, no emoji, no
 * WhatsApp markers (*bold*, _italic_, ~strike~), no bullets, no invisible characters.
 */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g
const SPACES = /[\t\u00a0\u2007\u2009\u202f\u3000]/g
// © ® ™ are "pictographic" too but belong to copyright lines, which chrome detection needs.
const EMOJI = /(?![©®™])[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\ufe0e\ufe0f\u20e3]/gu
const BULLET = /^[•●▪■►▶➢➤◆◇○◦·✓✔]\s*/
const MARKERS = [
  /(^|[\s(["“])\*([^*\n]*[^*\s\n])\*(?=$|[\s)"”.,:;!?-])/g,
  /(^|[\s(["“])_([^_\n]*[^_\s\n])_(?=$|[\s)"”.,:;!?-])/g,
  /(^|[\s(["“])~([^~\n]*[^~\s\n])~(?=$|[\s)"”.,:;!?-])/g,
]

export const cleanLine = (line: string): string => {
  let text = line.replace(INVISIBLE, '').replace(SPACES, ' ').replace(EMOJI, ' ')
  for (const marker of MARKERS) text = text.replace(marker, '$1$2')
  return text.replace(/\s+/g, ' ').trim().replace(BULLET, '').trim()
}

/** The non-empty lines of a plain-text release, each cleaned. */
export const textLines = (text: string): string[] =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .split('\n')
    .map(cleanLine)
    .filter((line) => line.length > 0)
