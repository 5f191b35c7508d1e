import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { scriptHash } from './inlineScripts.mjs'

import { responseHardening } from './hardenResponse.mjs'
import { advancePublicGeneration } from './publicGeneration.mjs'
import { noteTags, withRequestTags } from './requestTags.mjs'

const MARKER = 'bWFya2VyLW9mLXRoZS1zZXJ2ZXI'
const BOOT = '(self.__next_f=self.__next_f||[]).push([0])'

const CACHED_PAGE = `<!DOCTYPE html><html><body><p>Tentang</p><script nonce="${MARKER}">${BOOT}</script><script>evil()</script></body></html>`

const SITEMAP = `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Array.from({ length: 40 }, (_, i) => `<url><loc>https://warta.example/berita/rakor-${i}</loc></url>`).join('')}</urlset>`

const FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Warta</title>${'<item><title>Vicon Polda</title></item>'.repeat(60)}</channel></rss>`

const NOT_FOUND_DOCUMENT = `<!DOCTYPE html><html lang="id"><head><title>Halaman tidak ditemukan | Warta</title></head><body><main><h1>Halaman tidak ditemukan</h1></main><script nonce="${MARKER}">${BOOT}</script></body></html>`

const BIG_CACHED_PAGE = `<!DOCTYPE html><html><body><main>${'<p>Berita terbaru Polda.</p>'.repeat(200)}</main><script nonce="${MARKER}">${BOOT}</script></body></html>`

/** What Next does with the nonce it finds in the request's Content-Security-Policy header. */
const nonceOf = (req: IncomingMessage) => /'nonce-([^']+)'/.exec(String(req.headers['content-security-policy']))?.[1] ?? ''

/** A stand-in for Next's handler: an admin page streamed, a cached page (over compression's 1 kB threshold), JSON, RSC. */
const next = (req: IncomingMessage, res: ServerResponse) => {
  const nonce = nonceOf(req)
  const url = req.url ?? '/'
  if (url === '/api/users/me') {
    res.setHeader('X-Powered-By', 'Next.js, Payload')
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end('{"user":null}')
  } else if (url.startsWith('/admin')) {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.flushHeaders()
    res.write(`<html><body><script nonce="${nonce}">${BOOT}</script>`)
    setTimeout(() => res.end('</body></html>'), 20)
  } else if (url === '/sitemaps/berita-1.xml') {
    // A cached route handler's body, piped to the response in chunks.
    res.setHeader('Content-Type', 'application/xml; charset=utf-8')
    res.setHeader('Cache-Control', 'public, max-age=300')
    if (req.method === 'HEAD') return void res.end()
    res.write(SITEMAP.slice(0, 100))
    res.write(Buffer.from(SITEMAP.slice(100, 900)))
    res.end(SITEMAP.slice(900))
  } else if (url === '/feed.xml') {
    // A feed, with the ETag its handler gives it.
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: '"feed-v7"' })
    res.end(FEED)
  } else if (url === '/berita/bertag') {
    // A page read from Next's cache entries under these tags (as nextCacheHandler.mjs notes them), a
    // moment later in the same request.
    setTimeout(() => {
      noteTags(['report-slug:bertag', 'taxonomy'])
      noteTags('_N_T_/layout,_N_T_/berita/bertag,taxonomy')
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.end(CACHED_PAGE)
    }, 5)
  } else if (url === '/berita/ditarik') {
    // Rendered while its report was being withdrawn: its tag expired during the request.
    noteTags(['report-slug:ditarik'])
    advancePublicGeneration(['report-slug:ditarik'])
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Cache-Control', 's-maxage=3600')
    res.end(CACHED_PAGE)
  } else if (url === '/rsc') {
    res.setHeader('Content-Type', 'text/x-component')
    res.end(`:HL["/a.css","style",{"nonce":"${nonce}"}]\n`)
  } else if (url === '/cari') {
    // A page React streamed in parts: it needs its scripts to show the later part.
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(`<html><body><!--$?--><template id="B:0"></template><!--/$--><div hidden id="S:0"><p>Hasil</p></div><script nonce="${nonce}">${BOOT}</script><script>evil()</script></body></html>`)
  } else if (url === '/terbaru') {
    // A larger page from Next's cache.
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Vary', 'rsc')
    res.end(BIG_CACHED_PAGE)
  } else if (url === '/tidak-ditemukan') {
    // The 404 document, prerendered: Next answers it 200 from its cache (a HEAD with no body).
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(req.method === 'HEAD' ? undefined : NOT_FOUND_DOCUMENT)
  } else if (url === '/berita/tidak-ada') {
    // What Next 16 sends for a page that called notFound(): an empty document its runtime fills in.
    res.statusCode = 404
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    // As Next marks the notFound() page of an ISR route: as its other pages.
    res.setHeader('Cache-Control', 's-maxage=3600, stale-while-revalidate=31532400')
    // As Next preloads a rendered page's stylesheet, naming the request's nonce.
    res.setHeader('Link', `</_next/static/css/a.css>; rel=preload; as="style"; nonce="${nonce}"`)
    res.end(`<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div><script nonce="${nonce}">${BOOT}</script></body></html>`)
  } else if (url === '/tentang') {
    // A page from Next's cache: one string, the same one every time.
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.end(CACHED_PAGE)
  } else if (req.headers['if-none-match'] === '"v1"') {
    // As Next answers a revalidated page: no Content-Type.
    res.statusCode = 304
    res.setHeader('ETag', '"v1"')
    res.end()
  } else {
    const html = `<!DOCTYPE html><html><body><main><script>alert(document.cookie)</script>Berita — Polda ${'isi '.repeat(500)}</main><script nonce="${nonce}">${BOOT}</script></body></html>`
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Cache-Control', 's-maxage=3600')
    res.setHeader('ETag', '"v1"')
    res.setHeader('Content-Length', Buffer.byteLength(html))
    if (req.method === 'HEAD') return void res.end()
    res.write(html.slice(0, 40))
    res.end(html.slice(40))
  }
}

describe('the production server around Next (E40)', () => {
  let server: Server
  let base = ''
  beforeAll(async () => {
    const harden = responseHardening({ marker: MARKER, trustedScripts: new Set(), https: true })
    server = createServer((req, res) => {
      harden(req, res)
      withRequestTags(() => next(req, res))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('should serve a page with no script at all under script-src self, and cut the marker out', async () => {
    // A client's own policy header must not choose the nonce Next renders with.
    const response = await fetch(`${base}/berita/x`, { headers: { 'Content-Security-Policy': "script-src 'nonce-chosen-by-client'", 'Accept-Encoding': 'identity' } })
    const body = await response.text()
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("script-src 'self';")
    expect(body).not.toContain('<script')
    expect(body).not.toContain(MARKER)
    expect(body).toContain('Berita — Polda')
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(body))
    expect(response.headers.get('cache-control')).toBe('s-maxage=3600')
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(policy).toContain('upgrade-insecure-requests')
  })

  it("should name a streamed page's marked script by hash, never the injected one", async () => {
    const response = await fetch(`${base}/cari`)
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain(`script-src 'self' ${scriptHash(BOOT)};`)
    expect(policy).not.toContain(scriptHash('evil()'))
    expect(await response.text()).not.toContain(MARKER)
  })

  it('should answer a page served again from the cache the same way', async () => {
    const [first, second] = [await fetch(`${base}/tentang`), await fetch(`${base}/tentang`)]
    const policy = first.headers.get('content-security-policy')
    expect(policy).toContain("script-src 'self';")
    expect(second.headers.get('content-security-policy')).toBe(policy)
    const [a, b] = [await first.text(), await second.text()]
    expect(a).toBe(b)
    expect(a).toBe('<!DOCTYPE html><html><body><p>Tentang</p></body></html>')
  })

  it('should compress the final page, not the one Next wrote', async () => {
    const raw = await new Promise<{ encoding?: string; bytes: Buffer }>((resolve) => {
      void import('node:http').then(({ get }) =>
        get(`${base}/berita/x`, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes: Buffer.concat(chunks) }))
        }),
      )
    })
    expect(raw.encoding).toBe('gzip')
    const html = gunzipSync(raw.bytes).toString('utf8')
    expect(html).toContain('Berita — Polda')
    expect(html).not.toContain('<script')
    expect(html).not.toContain(MARKER)
  })

  it('should compress a page from the cache once, and send the same gzip bytes to every reader who takes gzip', async () => {
    const raw = (encoding: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; bytes: Buffer }>((resolve) => {
        void import('node:http').then(({ get }) =>
          get(`${base}/terbaru`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
            const chunks: Buffer[] = []
            res.on('data', (chunk: Buffer) => chunks.push(chunk))
            res.on('end', () => resolve({ headers: res.headers, bytes: Buffer.concat(chunks) }))
          }),
        )
      })
    const [first, second, plain] = [await raw('gzip, deflate, br'), await raw('br;q=1, gzip;q=0.5'), await raw('gzip;q=0, identity')]
    expect(first.headers['content-encoding']).toBe('gzip')
    expect(first.headers.vary).toBe('rsc, Accept-Encoding')
    expect(second.bytes.equals(first.bytes)).toBe(true)
    const page = gunzipSync(first.bytes).toString('utf8')
    expect(page).toBe(BIG_CACHED_PAGE.replace(/<script[^>]*>[^<]*<\/script>/, ''))
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.bytes.toString('utf8')).toBe(page)
  })

  it("should tag a page from the cache by its final bytes, and answer the tag with a 304 and no policy", async () => {
    const plain = await fetch(`${base}/terbaru`, { headers: { 'Accept-Encoding': 'identity' } })
    const etag = plain.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]{27}"$/)
    const { createHash } = await import('node:crypto')
    expect(etag).toBe(`"${createHash('sha1').update(await plain.text()).digest('base64url')}"`)
    // The gzip bytes are the same page in another encoding: the same tag, weak.
    const gzipped = await fetch(`${base}/terbaru`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gzipped.headers.get('etag')).toBe(`W/${etag}`)
    // As a browser revalidates its copy.
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      const revalidated = await fetch(`${base}/terbaru`, { headers: { 'If-None-Match': ifNoneMatch, 'Accept-Encoding': 'gzip', 'Cache-Control': 'max-age=0' } })
      expect(revalidated.status, ifNoneMatch).toBe(304)
      expect(revalidated.headers.get('etag')).toBe(`W/${etag}`)
      expect(revalidated.headers.get('content-security-policy')).toBeNull()
      expect(revalidated.headers.get('content-encoding')).toBeNull()
      expect(await revalidated.text()).toBe('')
    }
    const changed = await fetch(`${base}/terbaru`, { headers: { 'If-None-Match': '"an-older-page"', 'Cache-Control': 'max-age=0' } })
    expect(changed.status).toBe(200)
    expect(await changed.text()).toContain('Berita terbaru Polda.')
    // As Node's fetch revalidates (it adds `Cache-Control: no-cache` to a conditional request).
    const fetched = await fetch(`${base}/terbaru`, { headers: { 'If-None-Match': etag } })
    expect(fetched.status).toBe(304)
  })

  it('should tag a sitemap by its bytes, answer the tag with a 304, and compress it once', async () => {
    const { createHash } = await import('node:crypto')
    const { get } = await import('node:http')
    const raw = (path: string, headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer }>((resolve) => {
        get(`${base}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }))
        })
      })
    const etag = `"${createHash('sha1').update(SITEMAP).digest('base64url')}"`
    const plain = await raw('/sitemaps/berita-1.xml', { 'Accept-Encoding': 'identity' })
    expect(plain.headers.etag).toBe(etag)
    expect(plain.bytes.toString('utf8')).toBe(SITEMAP)
    expect(plain.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'")
    const [first, second] = [await raw('/sitemaps/berita-1.xml', { 'Accept-Encoding': 'gzip' }), await raw('/sitemaps/berita-1.xml', { 'Accept-Encoding': 'gzip, br' })]
    expect(first.headers['content-encoding']).toBe('gzip')
    expect(first.headers.etag).toBe(`W/${etag}`)
    expect(first.headers.vary).toBe('Accept-Encoding')
    expect(first.headers['cache-control']).toBe('public, max-age=300')
    expect(gunzipSync(first.bytes).toString('utf8')).toBe(SITEMAP)
    expect(second.bytes.equals(first.bytes)).toBe(true)
    const revalidated = await raw('/sitemaps/berita-1.xml', { 'Accept-Encoding': 'gzip', 'If-None-Match': `W/${etag}` })
    expect(revalidated.status).toBe(304)
    expect(revalidated.bytes.length).toBe(0)
    expect(revalidated.headers['content-type']).toBeUndefined()
    expect(revalidated.headers['content-encoding']).toBeUndefined()
    expect((await raw('/sitemaps/berita-1.xml', { 'If-None-Match': '"older"' })).status).toBe(200)
    // A HEAD goes through as the handler answers it.
    const head = await fetch(`${base}/sitemaps/berita-1.xml`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBeNull()
  })

  it("should keep a feed's own ETag as it is, compress the feed, and answer the tag with a 304", async () => {
    const plain = await fetch(`${base}/feed.xml`, { headers: { 'Accept-Encoding': 'identity' } })
    expect(plain.headers.get('etag')).toBe('"feed-v7"')
    expect(await plain.text()).toBe(FEED)
    const gzipped = await fetch(`${base}/feed.xml`, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gzipped.headers.get('etag')).toBe('"feed-v7"')
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    expect(await gzipped.text()).toBe(FEED)
    for (const ifNoneMatch of ['"feed-v7"', 'W/"feed-v7"']) {
      const revalidated = await fetch(`${base}/feed.xml`, { headers: { 'If-None-Match': ifNoneMatch, 'Cache-Control': 'max-age=0' } })
      expect(revalidated.status, ifNoneMatch).toBe(304)
    }
  })

  it('should name the cache tags a public answer was made from in Surrogate-Key, and every public change for one made from none', async () => {
    const tagged = await fetch(`${base}/berita/bertag`)
    expect(tagged.status).toBe(200)
    // Next's implicit path tags are left out: Warta never expires them.
    expect(tagged.headers.get('surrogate-key')).toBe('report-slug:bertag taxonomy')
    for (const path of ['/tentang', '/sitemaps/berita-1.xml', '/feed.xml']) {
      expect((await fetch(`${base}${path}`)).headers.get('surrogate-key'), path).toBe('reports taxonomy corrections related')
    }
    // One made while one of its tags expired may show what was before: no shared cache keeps it.
    const during = await fetch(`${base}/berita/ditarik`)
    expect(during.status).toBe(200)
    expect(during.headers.get('cache-control')).toBe('private, no-store')
    expect((await fetch(`${base}/berita/bertag`)).headers.get('cache-control')).toBeNull()
    // Never on the admin, a personal API answer, or a 404.
    expect((await fetch(`${base}/admin`)).headers.get('surrogate-key')).toBeNull()
    expect((await fetch(`${base}/api/users/me`)).headers.get('surrogate-key')).toBeNull()
    expect((await fetch(`${base}/berita/tidak-ada`)).headers.get('surrogate-key')).toBeNull()
  })

  it("should send the site's 404 document, status 404, in place of Next's empty one, and at its own URL", async () => {
    const own = await fetch(`${base}/tidak-ditemukan`)
    expect(own.status).toBe(404)
    const document = await own.text()
    expect(document).toBe('<!DOCTYPE html><html lang="id"><head><title>Halaman tidak ditemukan | Warta</title></head><body><main><h1>Halaman tidak ditemukan</h1></main></body></html>')
    // A HEAD of the document, with no body, leaves the document as it was.
    expect((await fetch(`${base}/tidak-ditemukan`, { method: 'HEAD' })).status).toBe(404)
    const missing = await fetch(`${base}/berita/tidak-ada`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toBe(document)
    expect(missing.headers.get('content-security-policy')).toContain("script-src 'self';")
    // The server's marker is a secret of the site's pages: never named in a header either.
    expect(missing.headers.get('link')).toBe('</_next/static/css/a.css>; rel=preload; as="style"')
    // No shared cache keeps "not found": the report may be published a moment later.
    expect(missing.headers.get('cache-control')).toBe('private, no-cache, no-store, max-age=0, must-revalidate')
  })

  it("should leave a 304 without a policy (it would replace the cached page's) and a HEAD without a length", async () => {
    const notModified = await fetch(`${base}/berita/x`, { headers: { 'If-None-Match': '"v1"' } })
    expect(notModified.status).toBe(304)
    expect(notModified.headers.get('content-security-policy')).toBeNull()
    const head = await fetch(`${base}/berita/y`, { method: 'HEAD' })
    expect(head.headers.get('content-length')).toBeNull()
  })

  it('should stream the admin with a fresh nonce of its own, no-store', async () => {
    const [first, second] = await Promise.all([fetch(`${base}/admin/login`), fetch(`${base}/admin/login`)])
    const nonce = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1]
    expect(nonce(first)).toBeTruthy()
    expect(nonce(first)).not.toBe(nonce(second))
    expect(nonce(first)).not.toBe(MARKER)
    expect(await first.text()).toContain(`<script nonce="${nonce(first)}">`)
    expect(first.headers.get('content-security-policy')).toContain("'strict-dynamic'")
    expect(first.headers.get('cache-control')).toBe('no-store')
  })

  it('should answer the API no-store, with no active content and no X-Powered-By', async () => {
    const response = await fetch(`${base}/api/users/me`)
    expect(await response.json()).toEqual({ user: null })
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(response.headers.get('x-powered-by')).toBeNull()
    expect(response.headers.get('x-frame-options')).toBe('DENY')
  })

  it('should cut the marker out of RSC payloads', async () => {
    expect(await (await fetch(`${base}/rsc`)).text()).toBe(':HL["/a.css","style",{"nonce":null}]\n')
  })
})

describe('paths no route claims', () => {
  let server: Server
  let base = ''
  const reachedNext: string[] = []

  beforeAll(async () => {
    // As the build's route table (./routeTable.mjs) judges them: /tentang and the 404 document are routes,
    // an escaped path is not judged, anything else is unknown.
    const isRoute = (path: string) => (path.includes('%') ? undefined : ['/tentang', '/tidak-ditemukan'].includes(path))
    const harden = responseHardening({ marker: MARKER, trustedScripts: new Set(), https: false, isRoute })
    server = createServer((req, res) => {
      if (harden.answerUnknown(req, res)) return
      reachedNext.push(req.url ?? '')
      harden(req, res)
      next(req, res)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('should go to Next until the server has its 404 document, then answer them with it without Next', async () => {
    await (await fetch(`${base}/wp-login.php`)).text()
    expect(reachedNext).toEqual(['/wp-login.php'])
    const document = await (await fetch(`${base}/tidak-ditemukan`)).text()

    const unknown = await fetch(`${base}/wp-login.php?action=register`)
    expect(unknown.status).toBe(404)
    expect(await unknown.text()).toBe(document)
    expect(unknown.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(unknown.headers.get('content-security-policy')).toContain("script-src 'self';")
    expect(unknown.headers.get('x-content-type-options')).toBe('nosniff')
    expect(unknown.headers.get('cache-control')).toBe('private, no-cache, no-store, max-age=0, must-revalidate')
    const head = await fetch(`${base}/.env`, { method: 'HEAD' })
    expect(head.status).toBe(404)
    expect(await head.text()).toBe('')
    // Only GET and HEAD: a POST is Next's (and its refusal) to answer.
    await fetch(`${base}/xmlrpc.php`, { method: 'POST', body: 'x' })
    expect(reachedNext).toEqual(['/wp-login.php', '/tidak-ditemukan', '/xmlrpc.php'])

    // Known routes and paths the table does not judge still reach Next.
    expect((await fetch(`${base}/tentang`)).status).toBe(200)
    await fetch(`${base}/a%20b`)
    expect(reachedNext.slice(3)).toEqual(['/tentang', '/a%20b'])
  })
})
