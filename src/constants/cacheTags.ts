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
  /**
   * The related reports on a report's page. Expired when a report that was already public changes or
   * goes (a correction, a withdrawal, a deletion), not when a new one goes live: it joins those lists
   * at their next hourly revalidation, and a publication does not render every report page again.
   */
  related: 'related',
} as const

/** One report's page, by the slug in its URL. */
export const reportSlugTag = (slug: string): string => `report-slug:${slug}`
