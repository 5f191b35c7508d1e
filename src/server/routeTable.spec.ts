import { describe, expect, it } from 'vitest'

import { routeMatcher } from './routeTable.mjs'

/** The shape of the build's .next/routes-manifest.json, with routes of this app. */
const MANIFEST = {
  redirects: [
    { source: '/:path+/', regex: '^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))/$' },
    { source: '/beranda/:slot*', regex: '^(?!/_next)/beranda(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$' },
  ],
  rewrites: { beforeFiles: [{ source: '/', regex: '^/(?:/)?$' }], afterFiles: [], fallback: [] },
  staticRoutes: [{ page: '/feed.xml', regex: '^/feed\\.xml(?:/)?$' }, { page: '/tentang', regex: '^/tentang(?:/)?$' }, { page: '/robots.txt', regex: '^/robots\\.txt(?:/)?$' }],
  dynamicRoutes: [
    { page: '/admin/[[...segments]]', regex: '^/admin(?:/(.+?))?(?:/)?$' },
    { page: '/api/[...slug]', regex: '^/api/(.+?)(?:/)?$' },
    { page: '/berita/[slug]', regex: '^/berita/([^/]+?)(?:/)?$' },
    { page: '/unit/[slug]/[[...page]]', regex: '^/unit/([^/]+?)(?:/(.+?))?(?:/)?$' },
    { page: '/[...unknown]', regex: '^/(.+?)(?:/)?$' },
  ],
}

describe('the route table', () => {
  const isRoute = routeMatcher(MANIFEST)

  it("should claim every path a route of the build answers, Next's own files, and redirects", () => {
    for (const path of ['/', '/tentang', '/feed.xml', '/robots.txt', '/berita/rakor-polda', '/unit/polda-sumsel/2', '/admin', '/admin/collections/reports', '/api/reports', '/beranda/3', '/_next/static/chunks/a.js', '/halaman/']) {
      expect(isRoute(path), path).toBe(true)
    }
  })

  it('should not count the catch-all: a path only it matches is unknown', () => {
    for (const path of ['/wp-login.php', '/.env', '/xmlrpc.php', '/halaman-acak', '/a/b/c', '/berita/a/b', '/berita']) {
      expect(isRoute(path), path).toBe(false)
    }
  })

  it('should leave a path in other capitals to Next, whose routes it may match', () => {
    expect(isRoute('/Tentang')).toBe(true)
    expect(isRoute('/BERITA/rakor')).toBe(true)
  })

  it('should not judge a path that is not plain: escapes, dot segments and empty segments go to Next', () => {
    for (const path of ['/a%20b', '/berita/%E0%A4%A', '/a/../tentang', '/./x', '//x', '/a//b', '/<script>']) {
      expect(isRoute(path), path).toBeUndefined()
    }
  })
})
