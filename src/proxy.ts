import { NextResponse, type NextRequest } from 'next/server'

const LANGUAGE_COOKIE = 'payload-lng'
const DEFAULT_LANGUAGE = 'id'
const ONE_YEAR = 60 * 60 * 24 * 365

/**
 * The admin speaks Indonesian unless the user picks another language in their account: without this,
 * Payload follows the browser's Accept-Language and an English browser gets an English admin.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = request.headers.get('cookie')
  headers.set('cookie', `${cookie ? `${cookie}; ` : ''}${LANGUAGE_COOKIE}=${DEFAULT_LANGUAGE}`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, DEFAULT_LANGUAGE, { path: '/', sameSite: 'lax', maxAge: ONE_YEAR })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
