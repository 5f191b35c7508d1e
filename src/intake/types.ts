import type { TimeZone } from '@/constants/collections'

export type ReleaseInput = { text?: string; html?: string }

export type ActivityTypeTerm = { id: string | number; name: string; slug: string }

export type ParseContext = { activityTypes: ActivityTypeTerm[]; timeZone: TimeZone; now: Date }

/** A police official as the release names them; `rank` is one of RANKS, degrees in their standard form. */
export type Official = { rank: string | null; name: string; degrees: string[]; position: string | null }

export type IntakeField =
  | 'title'
  | 'datelineCity'
  | 'activityAt'
  | 'activityType'
  | 'venue'
  | 'officials'
  | 'summary'
  | 'body'

export type IntakeWarning = { code: string; message: string; field: IntakeField | null }

export type ParsedFields = {
  title: string
  datelineCity: string | null
  /** ISO 8601 with the unit's offset ("2017-05-23T08:00:00+07:00"), or null when the text gives no full date. */
  activityAt: string | null
  /** The words the date and time came from, as written. */
  activityDateText: string | null
  activityType: string | number | null
  venue: string | null
  officials: Official[]
  summary: string
  bodyParagraphs: string[]
  captions: string[]
}

export type ParsedRelease = { fields: ParsedFields; removed: string[]; warnings: IntakeWarning[] }

/** One line of the pasted release; `tag` is the HTML block it came from, null for plain text. */
export type SourceLine = { text: string; tag: string | null; chrome?: string }

/** What an editor would check in a report before it is submitted. */
export type ReportForChecks = {
  title: string
  summary: string | null
  /** ISO 8601. */
  activityAt: string | null
  activityDateText: string | null
  /** The body as plain text, a paragraph a line. */
  bodyText: string
  officials?: { rank?: string | null; name: string; position?: string | null }[] | null
  createdAt: Date | string
}

export type CheckField = 'title' | 'summary' | 'body' | 'activityAt' | 'officials'

export type Check = { code: string; severity: 'error' | 'warning'; message: string; field: CheckField; excerpt: string }

/** A text of the report and the field it is. */
export type CheckedText = { field: CheckField; text: string }
