import { lexicalToPlainText } from './lexicalText'

type Official = { rank?: string | null; name?: string | null; position?: string | null }
export type SearchableReport = { title?: unknown; summary?: unknown; officials?: unknown; venue?: unknown; datelineCity?: unknown; body?: unknown }

/** A report as one plain text for search: headline, summary, officials, venue, dateline, body. Pure. */
export const searchTextOf = (report: SearchableReport): string => {
  const officials = Array.isArray(report.officials) ? (report.officials as Official[]) : []
  const body = typeof report.body === 'string' ? safeParse(report.body) : report.body
  const parts = [
    report.title,
    report.summary,
    ...officials.map((o) => [o.rank, o.name, o.position].filter(Boolean).join(' ')),
    report.venue,
    report.datelineCity,
    lexicalToPlainText(body),
  ]
  return parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '').join('\n')
}

const safeParse = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
