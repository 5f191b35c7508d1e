/** The public origin, from SERVER_URL (the same value Payload uses), without a trailing slash. */
export const siteUrl = (): string => (process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')

/** An absolute URL on this site. */
export const absoluteUrl = (path: string): string => `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`
