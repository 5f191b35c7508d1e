/**
 * Text safe in XML 1.0 and JSON: control characters, U+FFFE/U+FFFF, lone surrogates and bidirectional
 * overrides removed, whitespace runs kept. Pure.
 */
export const cleanText = (value: string): string =>
  value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')

/** A headline as plain text: what the editor typed, "<" and "&" included, as characters (the builders escape them). */
export const plainTitle = (value: string): string => cleanText(value).replace(/\s+/g, ' ').trim()

/** Text as HTML that reads as the same characters. Pure. */
export const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
