import type { IntakeWarning, ParsedFields } from '@/intake/types'

/** What `POST /api/reports/intake` answers, as the admin reads it: the body as Lexical, captions beside it. */
export type IntakeAnswer = {
  id?: string | number
  fields: Omit<ParsedFields, 'bodyParagraphs' | 'captions'> & { body: unknown }
  removed: string[]
  warnings: IntakeWarning[]
  captions?: string[]
}

/** The answer as kept for the report's edit view: the body reduced to its paragraph count. */
export type IntakeResult = Omit<IntakeAnswer, 'id' | 'fields'> & {
  fields: Omit<IntakeAnswer['fields'], 'body'> & { bodyParagraphs: number }
}

// Per tab and per report: the guesses matter while the writer confirms them, not after.
const keyOf = (id: string | number) => `warta:intake:${id}`

const paragraphCount = (body: unknown): number => {
  const children = (body as { root?: { children?: unknown } } | null)?.root?.children
  return Array.isArray(children) ? children.length : 0
}

export const saveIntakeResult = (id: string | number, answer: IntakeAnswer): void => {
  const { body, ...fields } = answer.fields
  const result: IntakeResult = {
    fields: { ...fields, bodyParagraphs: paragraphCount(body) },
    removed: answer.removed,
    warnings: answer.warnings,
    captions: answer.captions ?? [],
  }
  try {
    window.sessionStorage.setItem(keyOf(id), JSON.stringify(result))
  } catch {
    // Storage full or disabled: the draft exists all the same; only the guesses panel is lost.
  }
}

export const readIntakeResult = (id: string | number): IntakeResult | null => {
  try {
    const raw = window.sessionStorage.getItem(keyOf(id))
    return raw ? (JSON.parse(raw) as IntakeResult) : null
  } catch {
    return null
  }
}

export const forgetIntakeResult = (id: string | number): void => {
  try {
    window.sessionStorage.removeItem(keyOf(id))
  } catch {
    // Nothing to forget.
  }
}
