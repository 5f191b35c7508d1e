/** Text for XML: the five special characters escaped, and characters XML 1.0 forbids removed. */
export const xmlText = (value: string): string =>
  value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDFFF]/g, (c, i: number, s: string) => {
      const code = c.charCodeAt(0)
      const next = s.charCodeAt(i + 1)
      const prev = s.charCodeAt(i - 1)
      const pairedHigh = code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff
      const pairedLow = code >= 0xdc00 && prev >= 0xd800 && prev <= 0xdbff
      return pairedHigh || pairedLow ? c : ''
    })
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
