import { describe, expect, it } from 'vitest'

import { isSafeAdminRedirect } from './safeRedirect'

const SITE = 'http://localhost:3000'

describe('login redirects (A12)', () => {
  it('should keep an admin path', () => {
    for (const path of ['/admin', '/admin/collections/reports', '/admin/collections/reports?page=2&where%5Bstate%5D=draft', '/admin#top']) expect(isSafeAdminRedirect(path, SITE), path).toBe(true)
  })

  it('should refuse anything that could leave the site or the admin', () => {
    const hostile = ['//evil.com', '/\\evil.com', '\\/evil.com', '/javascript:alert(1)', 'javascript:alert(1)', 'https:evil.com', 'https://evil.com', 'http://localhost:3000/admin', '/admin/../evil', '/admin/..%2f..%2fevil', '/admin%2f%2fevil.com', '/admin/%5C%5Cevil.com', '/admin\t/x', '/administrator', '/', '/berita/x', '']
    for (const path of hostile) expect(isSafeAdminRedirect(path, SITE), path).toBe(false)
  })
})
