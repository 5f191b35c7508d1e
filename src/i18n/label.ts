import type { I18nClient } from '@payloadcms/translations'

/** What Payload passes to a label function; only the language matters here. */
type LabelArgs = { i18n: Pick<I18nClient, 'language'> }

/**
 * A label in both admin languages: Indonesian (the default), English when a user picks it. A function
 * rather than `{ id, en }`: Payload resolves functions per request, while an object label reaches some
 * admin strings unresolved (the list view's sort buttons read "Urutkan berdasarkan [object Object]").
 */
export const label =
  (id: string, en: string) =>
  ({ i18n }: LabelArgs): string =>
    i18n.language === 'en' ? en : id

/** A label as Indonesian readers of the admin see it (for tests and scripts). */
export const inIndonesian = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value
  if (typeof value === 'function') return (value as (args: LabelArgs) => string)({ i18n: { language: 'id' } })
  if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id)
  return undefined
}

/** The same pair as a static object, for the few places Payload takes no function (nav groups). */
export const groupLabel = (id: string, en: string): { en: string; id: string } => ({ en, id })
