/**
 * Cache tags of the public site. Every public read declares the tags of what it shows; every public
 * change revalidates the tags it touches.
 */
export const CACHE_TAGS = {
  /** Any list of published reports: home, unit, category, tag, archive, search, feeds, sitemaps. */
  reports: 'reports',
  /** The public register of corrections and withdrawals. */
  corrections: 'corrections',
  /** Units, activity types and tags: names and slugs shown on every page. */
  taxonomy: 'taxonomy',
} as const

/** One report's page, by the slug in its URL. */
export const reportSlugTag = (slug: string): string => `report-slug:${slug}`
