/** Content a report must have before it can be submitted or published. Pure. */
export const REQUIRED_CONTENT = ['title', 'unit', 'activityType', 'activityAt', 'datelineCity', 'summary', 'body'] as const

type LexicalNode = { text?: unknown; children?: unknown }

const hasText = (node: unknown): boolean => {
  if (!node || typeof node !== 'object') return false
  const { text, children } = node as LexicalNode
  if (typeof text === 'string' && text.trim()) return true
  return Array.isArray(children) && children.some(hasText)
}

const isEmpty = (field: string, value: unknown): boolean => {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (field === 'body') return !hasText((value as { root?: unknown }).root)
  return false
}

/** The required fields that are still empty in a report's working copy. */
export const missingContent = (report: Record<string, unknown>): string[] =>
  REQUIRED_CONTENT.filter((field) => isEmpty(field, report[field]))
