import { describe, expect, it } from 'vitest'

import { adminPolicy, areaOf, baseHeaders, nonPagePolicy, sitePolicy } from './securityHeaders.mjs'

const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))

describe('security headers', () => {
  it('should let the public site run no inline script but the hashed ones, no eval, no plugin, no framing', () => {
    const policy = directives(sitePolicy(["'sha256-abc='"], { https: false }))
    expect(policy['script-src']).toEqual(["'self'", "'sha256-abc='"])
    expect(policy['style-src']).toEqual(["'self'"])
    expect(policy['object-src']).toEqual(["'none'"])
    expect(policy['base-uri']).toEqual(["'self'"])
    expect(policy['form-action']).toEqual(["'self'"])
    expect(policy['frame-ancestors']).toEqual(["'none'"])
    expect(JSON.stringify(policy)).not.toMatch(/unsafe-(inline|eval)/)
    expect(policy['upgrade-insecure-requests']).toBeUndefined()
  })

  it("should give the admin a nonce with 'strict-dynamic' and inline styles, never inline scripts", () => {
    const policy = directives(adminPolicy('bm9uY2U', { https: true }))
    expect(policy['script-src']).toEqual(["'self'", "'nonce-bm9uY2U'", "'strict-dynamic'"])
    expect(policy['style-src']).toContain("'unsafe-inline'")
    expect(policy['frame-ancestors']).toEqual(["'none'"])
    expect(policy['upgrade-insecure-requests']).toEqual([])
  })

  it('should send HSTS only when the site is served over https', () => {
    const names = (https: boolean) => baseHeaders({ https }).map(([name]) => name)
    expect(names(false)).not.toContain('Strict-Transport-Security')
    expect(baseHeaders({ https: true })).toContainEqual(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'])
    expect(names(false)).toEqual(expect.arrayContaining(['X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options', 'Permissions-Policy']))
  })

  it('should allow nothing active in other documents, and only rule out framing for scripts', () => {
    expect(nonPagePolicy('application/json')).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(nonPagePolicy('image/svg+xml')).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(nonPagePolicy('application/javascript; charset=UTF-8')).toBe("frame-ancestors 'none'")
  })

  it('should tell the admin, the API and the site apart by path', () => {
    expect(['/admin', '/admin/login', '/api/users/me', '/api', '/administrasi', '/apis', '/'].map(areaOf)).toEqual(['admin', 'admin', 'api', 'api', 'site', 'site', 'site'])
  })
})
