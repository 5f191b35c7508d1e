import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { RichText } from '@payloadcms/richtext-lexical/react'

/** A report's rich-text body as HTML elements (headings, lists, quotes, links). */
export const ReportBody = ({ data }: { data: unknown }) => {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return <RichText className="report-body" data={data as SerializedEditorState} />
}
