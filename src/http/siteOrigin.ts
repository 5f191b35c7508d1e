import { siteUrl } from '@/utilities/siteUrl'

/** The site's origin (scheme, host and port of SERVER_URL): what a browser sends as `Origin`. */
export const siteOrigin = (): string => new URL(siteUrl()).origin

/** Whether the site is served over https (then cookies are `Secure`, and HSTS is sent). */
export const servedOverHttps = (): boolean => new URL(siteUrl()).protocol === 'https:'
