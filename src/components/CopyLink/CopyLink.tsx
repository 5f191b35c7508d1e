import { COPY_LINK_ATTRIBUTE } from '@/server/pageScripts.mjs'

/**
 * "Salin tautan": copies the report's URL. A plain link to the report (which the reader can
 * long-press to copy), which the site's one small script (`/salin-tautan.js`, the route next to the
 * pages) turns into a copy button where the browser has a clipboard.
 */
export const CopyLink = ({ url }: { url: string }) => (
  <a href={url} {...{ [COPY_LINK_ATTRIBUTE]: '' }}>
    <span aria-live="polite">Salin tautan</span>
  </a>
)
