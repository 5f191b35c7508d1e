import { createHmac, timingSafeEqual } from 'node:crypto'

import { revalidateTag } from 'next/cache'
import type { Payload } from 'payload'

/** Where the server reaches itself when a change happens outside a request (the job runner). */
const selfUrl = () => `http://127.0.0.1:${process.env.PORT || 3000}/api/internal/revalidate`

/** A token only this server can compute, so nobody else can flush the public cache. */
export const revalidationToken = (secret: string): string => createHmac('sha256', secret).update('warta:revalidate').digest('hex')

export const isValidRevalidationToken = (secret: string, token: string | null): boolean => {
  if (!token) return false
  const expected = Buffer.from(revalidationToken(secret))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

const OUTSIDE_REQUEST = /static generation store missing/

/** Expires tags now: the next reader gets fresh pages, never a stale copy of a withdrawn report. */
export const expireTags = (tags: string[]): void => {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 })
}

/**
 * Expires public cache tags after a change. Inside a Next request (REST, admin) Next's cache is at
 * hand; in the job runner it is not, so the server asks itself over HTTP. Outside a Next server
 * (scripts, tests) there is no cache to expire.
 */
export const revalidatePublic = async (payload: Payload, tags: string[]): Promise<void> => {
  if (tags.length === 0) return
  try {
    expireTags(tags)
    return
  } catch (error) {
    if (!(error instanceof Error) || !OUTSIDE_REQUEST.test(error.message)) throw error
  }
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  try {
    const response = await fetch(selfUrl(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Warta-Revalidate': revalidationToken(payload.secret) },
      body: JSON.stringify({ tags }),
    })
    if (!response.ok) throw new Error(`status ${response.status}`)
  } catch (error) {
    payload.logger.error({ err: error, tags, msg: 'Could not revalidate the public cache' })
  }
}
