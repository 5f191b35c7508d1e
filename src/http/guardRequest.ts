import type { NextRequest } from 'next/server'

import { areaOf } from '@/server/securityHeaders.mjs'
import { selfOrigin } from '@/server/selfOrigin.mjs'

import { isCrossSiteWrite, SAFE_METHODS } from './crossSite'
import { graphQLTouchesInternal, internalCollectionAccess } from './internalCollections'
import { refusal } from './refusal'
import { bodyProblem } from './requestBody'
import { siteOrigin } from './siteOrigin'

const SESSION_COOKIE = 'payload-token'
const STAFF_ROLES = new Set(['editor', 'admin'])

/** This server's own address, for the proxy's requests to itself. */
export const loopbackUrl = (request: NextRequest, path: string): string => `${selfOrigin(process.env.PORT || request.nextUrl.port || 3000)}${path}`

/** Whether the caller is an editor or an admin, asked of Payload with the caller's own credentials. */
const isStaff = async (request: NextRequest): Promise<boolean> => {
  const headers = new Headers()
  for (const name of ['cookie', 'authorization', 'origin', 'sec-fetch-site']) {
    const value = request.headers.get(name)
    if (value) headers.set(name, value)
  }
  try {
    const response = await fetch(loopbackUrl(request, '/api/users/me'), { headers, cache: 'no-store', signal: AbortSignal.timeout(2_000) })
    const { user } = (await response.json()) as { user?: { role?: string } | null }
    return STAFF_ROLES.has(user?.role ?? '')
  } catch {
    return false
  }
}

/**
 * The refusals the proxy makes before any route runs (null: let the request through):
 * - a state-changing request to the public site, which has no forms or server actions (405);
 * - a state-changing request to the API or the admin (server actions included) sent by another
 *   site, whether or not it carries the session cookie (403 CROSS_SITE_REQUEST);
 * - a write to the API whose body is not JSON or a multipart form (415), or larger than allowed (413);
 * - Payload's internal collections over REST or GraphQL (see ./internalCollections).
 */
export const guardRequest = async (request: NextRequest): Promise<Response | null> => {
  const { pathname } = request.nextUrl
  const area = areaOf(pathname)
  const sessionCookie = request.cookies.has(SESSION_COOKIE)
  const authorization = request.headers.has('authorization')
  if (!SAFE_METHODS.has(request.method)) {
    if (area === 'site') return refusal('METHOD_NOT_ALLOWED', { Allow: 'GET, HEAD' })
    const origin = { method: request.method, origin: request.headers.get('origin'), fetchSite: request.headers.get('sec-fetch-site'), sessionCookie, authorization }
    if (isCrossSiteWrite(origin, siteOrigin())) return refusal('CROSS_SITE_REQUEST')
  }
  if (area !== 'api') return null
  const hasBody = Number(request.headers.get('content-length') ?? 0) > 0 || request.headers.has('transfer-encoding')
  if (!SAFE_METHODS.has(request.method) && hasBody) {
    const body = bodyProblem({
      contentType: request.headers.get('content-type'),
      contentLength: request.headers.get('content-length'),
      // Payload's admin asks for long lists as a form, with either header (see handleEndpoints).
      methodOverride: request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override'),
    })
    if (body) return refusal(body.code)
  }

  const restPath = pathname.slice('/api/'.length)
  if (restPath === 'graphql' && request.method === 'POST' && graphQLTouchesInternal(await request.clone().text())) return refusal('INTERNAL_COLLECTION')
  const access = internalCollectionAccess(restPath, sessionCookie || authorization)
  if (!access) return null
  if ('refuse' in access) return refusal(access.refuse)
  return (await isStaff(request)) ? null : refusal('INTERNAL_COLLECTION')
}
