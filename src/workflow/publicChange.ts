import type { PayloadRequest } from 'payload'

import { revalidatePublic } from '@/cache/revalidate'
import { CACHE_TAGS, reportSlugTag } from '@/constants/cacheTags'

/**
 * After a report went live, changed publicly or went offline: expire its page under the slug the public
 * knew and the one it has now, every list, and the corrections register. Runs after the commit, so the
 * next reader can only ever read the new state.
 */
export const announcePublicChange = async (req: PayloadRequest, slugs: (string | null | undefined)[]): Promise<void> => {
  if (req.context.disableRevalidate) return
  const pages = [...new Set(slugs.filter((slug): slug is string => Boolean(slug)))].map(reportSlugTag)
  await revalidatePublic(req.payload, [CACHE_TAGS.reports, CACHE_TAGS.corrections, ...pages])
}
