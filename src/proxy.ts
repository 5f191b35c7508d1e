import { NextResponse, type NextRequest } from 'next/server'

import { SLUG_REDIRECTS_PATH, reportPath, searchPath, searchResultsPath } from '@/constants/routes'
import { guardRequest, loopbackUrl } from '@/http/guardRequest'
import { isSafeAdminRedirect } from '@/http/safeRedirect'
import { servedOverHttps, siteOrigin } from '@/http/siteOrigin'
import { normaliseSearch } from '@/utilities/searchQuery'
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
  response.cookies.set(LANGUAGE_COOKIE, DEFAULT_LANGUAGE, { path: '/', sameSite: 'lax', secure: servedOverHttps(), maxAge: ONE_YEAR })
  return response
}

// Old report slugs, read from this server's own cached table (src/data/slugRedirects.ts) at most once
// a second and refreshed in the background: a report page costs no wait, and a slug changed a moment
// ago is still caught by the page itself (a 308).
const REFRESH_MS = 1_000
let slugTable: { redirects: Map<string, string>; loadedAt: number } = { redirects: new Map(), loadedAt: 0 }
let loading: Promise<void> | null = null

const refreshSlugTable = (request: NextRequest): Promise<void> =>
  (loading ??= fetch(loopbackUrl(request, SLUG_REDIRECTS_PATH), { cache: 'no-store', signal: AbortSignal.timeout(2_000) })
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
  const slug = decodeURIComponent(request.nextUrl.pathname.slice('/berita/'.length))
  const current = slugTable.redirects.get(slug)
  if (!current) return NextResponse.next()
  return NextResponse.redirect(`${siteUrl()}${reportPath(current)}`, 301)
}

/**
 * An admin URL whose `redirect` could send the browser elsewhere after login (`//evil.com`,
 * `/\evil.com`, `https:evil.com` ...): the same URL without it. Payload checks it too; this keeps
 * such a link from ever reaching the login form.
 */
const unsafeAdminRedirect = (request: NextRequest) => {
  const redirects = request.nextUrl.searchParams.getAll('redirect')
  if (redirects.length === 0 || (redirects.length === 1 && isSafeAdminRedirect(redirects[0]!, siteOrigin()))) return null
  const url = new URL(`${siteUrl()}${request.nextUrl.pathname}${request.nextUrl.search}`)
  url.searchParams.delete('redirect')
  return NextResponse.redirect(url, 307)
}

/**
 * A search (/cari?q=...&halaman=n): rewritten to its results page, which Next caches like any list,
 * one page per normalised query and page number. Without a query, the form itself.
 */
const searchResults = (request: NextRequest) => {
  const { searchParams } = request.nextUrl
  const { q, page } = normaliseSearch(searchParams.get('q'), searchParams.get('halaman'))
  if (!q) return NextResponse.next()
  const url = request.nextUrl.clone()
  url.pathname = searchResultsPath(q, page)
  url.search = ''
  return NextResponse.rewrite(url)
}

/** A path with broken percent-encoding ("%E0%A4%A"): Next would answer 500; this is the client's error. */
const malformedPath = (pathname: string): boolean => {
  try {
    decodeURIComponent(pathname)
    return false
  } catch {
    return true
  }
}

const BAD_PATH_PAGE = `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Alamat tidak valid | Warta</title></head><body><main><h1>Alamat tidak valid</h1><p>Alamat halaman ini rusak, sehingga halaman tidak ditemukan. <a href="/">Kembali ke beranda</a>.</p></main></body></html>`

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (malformedPath(pathname)) return new NextResponse(BAD_PATH_PAGE, { status: 400, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } })
  const refused = await guardRequest(request)
  if (refused) return refused
  if (pathname.startsWith('/berita/')) return oldReportSlug(request)
  if (pathname === searchPath) return searchResults(request)
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return unsafeAdminRedirect(request) ?? adminInIndonesian(request)
  return NextResponse.next()
}

// Every path but Next's own static files: the malformed-path check must see them all.
export const config = { matcher: ['/((?!_next/static|_next/image).*)'] }
