import { lexicalToPlainText } from '@/utilities/lexicalText'

import type { ReportForChecks } from './types'

type Doc = {
  title?: string | null
  summary?: string | null
  activityAt?: string | null
  body?: unknown
  officials?: { rank?: string | null; name?: string | null; position?: string | null }[] | null
  createdAt?: string | null
}

/** A stored report (its working copy) as the checks read it. Pure. */
export const reportForChecks = (doc: Doc): ReportForChecks => ({
  title: doc.title ?? '',
  summary: doc.summary ?? null,
  activityAt: doc.activityAt ?? null,
  activityDateText: null,
  bodyText: lexicalToPlainText(doc.body),
  officials: (doc.officials ?? []).flatMap((official) => (official.name ? [{ rank: official.rank ?? null, name: official.name, position: official.position ?? null }] : [])),
  createdAt: doc.createdAt ?? new Date().toISOString(),
})
