import type { TimeZone } from '@/constants/collections'

/** What a feed says about one report. Plain data: the builders are pure functions of it. */
export type FeedItem = {
  /** Never changes, whatever is edited: `urn:uuid:` derived from the report's id. */
  id: string
  url: string
  title: string
  summary: string
  /** Sanitised HTML with absolute URLs only. */
  contentHtml: string
  /** First publication and last public change, as instants. */
  published: Date
  updated: Date
  /** The unit's zone: dates are written with its numeric offset. */
  timeZone: TimeZone
  author: string
  categories: { term: string; domain?: string; label: string }[]
  image: { url: string; type: string; length: number; width: number; height: number; alt: string } | null
  thumbnail: { url: string; width: number; height: number } | null
}

export type FeedChannel = {
  title: string
  description: string
  /** The HTML page this feed follows. */
  homeUrl: string
  /** This feed's own URL, exactly as requested. */
  selfUrl: string
  /** The other formats of the same feed. */
  alternates: { rss: string; atom: string; json: string }
  hubUrl: string | null
  iconUrl: string
  faviconUrl: string
  siteName: string
}
