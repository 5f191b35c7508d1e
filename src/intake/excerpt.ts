/** The words around a place in a text, for a check's excerpt: about 40 characters either side. */
export const excerptAround = (text: string, start: number, end: number, around = 40): string => {
  const from = Math.max(0, start - around)
  const to = Math.min(text.length, end + around)
  const left = from > 0 ? `…${text.slice(from, start).replace(/^\S*\s/u, '')}` : text.slice(0, start)
  const right = to < text.length ? `${text.slice(end, to).replace(/\s\S*$/u, '')}…` : text.slice(end)
  return `${left}${text.slice(start, end)}${right}`.replace(/\s+/g, ' ').trim()
}
