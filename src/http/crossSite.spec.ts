import { describe, expect, it } from 'vitest'

import { isCrossSiteWrite, type RequestOrigin } from './crossSite'

const SITE = 'https://warta.example.go.id'
const request = (overrides: Partial<RequestOrigin>): RequestOrigin => ({ method: 'POST', origin: null, fetchSite: null, sessionCookie: true, authorization: false, ...overrides })

describe('cross-site writes (A10, A11)', () => {
  it('should refuse a write with the session cookie from another origin, an opaque origin or another site', () => {
    expect(isCrossSiteWrite(request({ origin: 'https://evil.example' }), SITE)).toBe(true)
    expect(isCrossSiteWrite(request({ origin: 'null' }), SITE)).toBe(true)
    expect(isCrossSiteWrite(request({ origin: 'http://warta.example.go.id' }), SITE)).toBe(true)
    expect(isCrossSiteWrite(request({ origin: 'https://sub.warta.example.go.id' }), SITE)).toBe(true)
    expect(isCrossSiteWrite(request({ fetchSite: 'cross-site' }), SITE)).toBe(true)
    expect(isCrossSiteWrite(request({ fetchSite: 'same-site' }), SITE)).toBe(true)
    for (const method of ['PUT', 'PATCH', 'DELETE', 'post']) expect(isCrossSiteWrite(request({ method, origin: 'https://evil.example' }), SITE)).toBe(true)
  })

  it('should refuse another site even without the cookie (a login or password reset forged from elsewhere)', () => {
    expect(isCrossSiteWrite(request({ sessionCookie: false, origin: 'https://evil.example' }), SITE)).toBe(true)
  })

  it("should let the site's own pages, reads, and scripts with a token through", () => {
    expect(isCrossSiteWrite(request({ origin: SITE }), SITE)).toBe(false)
    expect(isCrossSiteWrite(request({ fetchSite: 'same-origin' }), SITE)).toBe(false)
    expect(isCrossSiteWrite(request({ method: 'GET', origin: 'https://evil.example' }), SITE)).toBe(false)
    expect(isCrossSiteWrite(request({ sessionCookie: false, authorization: true, origin: 'https://evil.example' }), SITE)).toBe(false)
    // curl, a cron job: no Origin and no Sec-Fetch-Site is not a browser.
    expect(isCrossSiteWrite(request({}), SITE)).toBe(false)
  })

  it('should still refuse a foreign origin when a token comes with the cookie', () => {
    expect(isCrossSiteWrite(request({ authorization: true, origin: 'https://evil.example' }), SITE)).toBe(true)
  })
})
