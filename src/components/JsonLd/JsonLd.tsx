/**
 * Structured data for search engines. `<` is escaped so no title can close the script element
 * ("</script>" in a headline stays text).
 */
export const JsonLd = ({ data }: { data: object }) => (
  <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />
)
