import slugify from 'slugify'

const MAX_SLUG_LENGTH = 80
const FALLBACK_SLUG = 'laporan'

/**
 * A readable URL slug for an Indonesian title: lower case ASCII words joined by hyphens. "&" reads
 * "dan", compatibility letters (e.g. mathematical bold) fold to plain ones, accents fold to their base letter, quotes and emoji drop out, and long titles are cut at a
 * word boundary. Never empty.
 */
export const toSlug = (text: string): string => {
  const slug = slugify(text.normalize('NFKC').replace(/&/g, ' dan '), {
    locale: 'id',
    lower: true,
    strict: true,
    trim: true,
  })
  if (slug.length <= MAX_SLUG_LENGTH) return slug || FALLBACK_SLUG
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)) || FALLBACK_SLUG
}
