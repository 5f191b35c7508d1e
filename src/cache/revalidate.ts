import { createHmac, timingSafeEqual } from 'node:crypto'

import { revalidateTag } from 'next/cache'
import type { Payload } from 'payload'

import { ADDITIVE_STALE_SECONDS } from '@/server/publicGeneration.mjs'
import { selfOrigin } from '@/server/selfOrigin.mjs'

/** Where the server reaches itself when a change happens outside a request (the job runner). */
const selfUrl = () => `${selfOrigin()}/api/internal/revalidate`

/** A token only this server can compute, so nobody else can flush the public cache. */
export const revalidationToken = (secret: string): string => createHmac('sha256', secret).update('warta:revalidate').digest('hex')

export const isValidRevalidationToken = (secret: string, token: string | null): boolean => {
  if (!token) return false
  const expected = Buffer.from(revalidationToken(secret))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

const OUTSIDE_REQUEST = /static generation store missing/

/**
 * How a change reaches the public: `hard` (anything that was public goes or changes: a withdrawal, a
 * revision, a correction) or `additive` (a first publication: something appears, nothing shown goes).
 */
export type PublicChangeKind = 'hard' | 'additive'

/**
 * Expires tags now: the next reader gets fresh pages, never a stale copy of a withdrawn report. After
 * an additive change the server's front cache may answer with the page from before it for a few
 * seconds while it makes the new one (src/server/frontCache.mjs): that page shows nothing that is not
 * still public. Next's own cache expires at once either way (src/server/sharedExpiry.mjs).
 */
export const expireTags = (tags: string[], kind: PublicChangeKind = 'hard'): void => {
  const profile = { expire: kind === 'additive' ? ADDITIVE_STALE_SECONDS : 0 }
  for (const tag of new Set(tags)) revalidateTag(tag, profile)
}

/**
 * Expires public cache tags after a change. Inside a Next request (REST, admin) Next's cache is at
 * hand; in the job runner it is not, so the server asks itself over HTTP. Outside a Next server
 * (scripts, tests) there is no cache to expire.
 */
export const revalidatePublic = async (payload: Payload, tags: string[], kind: PublicChangeKind = 'hard'): Promise<void> => {
  if (tags.length === 0) return
  try {
    expireTags(tags, kind)
    return
  } catch (error) {
    if (!(error instanceof Error) || !OUTSIDE_REQUEST.test(error.message)) throw error
  }
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  try {
    const response = await fetch(selfUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Warta-Revalidate': revalidationToken(payload.secret) },
      body: JSON.stringify({ tags, kind }),
    })
    if (!response.ok) throw new Error(`status ${response.status}`)
  } catch (error) {
    payload.logger.error({ err: error, tags, msg: 'Could not revalidate the public cache' })
  }
}
