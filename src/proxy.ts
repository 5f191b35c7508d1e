import { NextResponse, type NextRequest } from 'next/server'

import { SLUG_REDIRECTS_PATH, reportPath } from '@/constants/routes'
import { siteUrl } from '@/utilities/siteUrl'

const LANGUAGE_COOKIE = 'payload-lng'
const DEFAULT_LANGUAGE = 'id'
const ONE_YEAR = 60 * 60 * 24 * 365

/**
 * The admin speaks Indonesian unless the user picks another language in their account: without this,
 * Payload follows the browser's Accept-Language and an English browser gets an English admin.
 */
const adminInIndonesian = (request: NextRequest) => {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = request.headers.get('cookie')
  headers.set('cookie', `${cookie ? `${cookie}; ` : ''}${LANGUAGE_COOKIE}=${DEFAULT_LANGUAGE}`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, DEFAULT_LANGUAGE, { path: '/', sameSite: 'lax', maxAge: ONE_YEAR })
  return response
}

// Old report slugs, read from this server's own cached table (src/data/slugRedirects.ts) at most once
// a second and refreshed in the background: a report page costs no wait, and a slug changed a moment
// ago is still caught by the page itself (a 308).
const REFRESH_MS = 1_000
let slugTable: { redirects: Map<string, string>; loadedAt: number } = { redirects: new Map(), loadedAt: 0 }
let loading: Promise<void> | null = null

const refreshSlugTable = (request: NextRequest): Promise<void> =>
  (loading ??= fetch(`http://127.0.0.1:${process.env.PORT || request.nextUrl.port || 3000}${SLUG_REDIRECTS_PATH}`, { cache: 'no-store', signal: AbortSignal.timeout(2_000) })
    .then(async (response) => {
      if (!response.ok) return
      slugTable = { redirects: new Map(Object.entries((await response.json()) as Record<string, string>)), loadedAt: Date.now() }
    })
    .catch(() => {})
    .finally(() => {
      loading = null
    }))

/** A report URL under a slug it had before: 301 to the current one, as search engines expect. */
const oldReportSlug = async (request: NextRequest) => {
  if (slugTable.loadedAt === 0) await refreshSlugTable(request)
  else if (Date.now() - slugTable.loadedAt > REFRESH_MS) void refreshSlugTable(request)
  let slug: string
  try {
    slug = decodeURIComponent(request.nextUrl.pathname.slice('/berita/'.length))
  } catch {
    return NextResponse.next()
  }
  const current = slugTable.redirects.get(slug)
  if (!current) return NextResponse.next()
  return NextResponse.redirect(`${siteUrl()}${reportPath(current)}`, 301)
}

export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/berita/')) return oldReportSlug(request)
  return adminInIndonesian(request)
}

export const config = { matcher: ['/admin/:path*', '/berita/:slug'] }
