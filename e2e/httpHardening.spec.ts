import { createHash } from 'node:crypto'

import { expect, test, type APIRequestContext, type APIResponse, type Page } from '@playwright/test'

import { DEMO_PASSWORD, login } from './support/newsroomApi'

/**
 * HTTP hardening on the production server (../shared/SECURITY.md A9-A12, B21-B22, E40-E41): the
 * security headers and Content-Security-Policy of every kind of response, pages that still work under
 * their policy in Chromium, cross-site writes refused, login redirects kept on the site, Payload's
 * internal collections closed, and nothing of the source tree served.
 */

const EVIL = 'https://evil.example'
const WRITER = 'penulis.palembang@warta.test'
const ADMIN = 'admin@warta.test'

type Policy = Record<string, string[]>
const policyOf = (response: APIResponse): Policy =>
  Object.fromEntries(
    (response.headers()['content-security-policy'] ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  )
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
/** The inline scripts a browser would run (not external ones, not JSON-LD). */
const inlineScriptsOf = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attributes = '']) => !/\ssrc=|type="application\/ld\+json"/.test(attributes)).map(([, , text = '']) => text)
const codeOf = async (response: APIResponse) => ((await response.json()) as { errors?: { data?: { code?: string } }[] }).errors?.[0]?.data?.code
const cookie = (token: string) => ({ Cookie: `payload-token=${token}` })
const jwt = (token: string) => ({ Authorization: `JWT ${token}` })

const firstReportPath = async (request: APIRequestContext): Promise<string> => {
  const home = await (await request.get('/')).text()
  const path = /href="(\/berita\/[^"]+)"/.exec(home)?.[1]
  expect(path, 'a report linked from the home page').toBeTruthy()
  return path!
}

/** Records CSP violations and CSP console messages from the page's first script on. */
const watchPolicy = async (page: Page) => {
  const messages: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) messages.push(message.text())
  })
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`))
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`))
  })
  return { messages, violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) }
}

test.describe('HTTP hardening', () => {
  let tokens: { writer: string; admin: string }
  let reportPath: string

  test.beforeAll(async ({ request }) => {
    tokens = { writer: await login(request, WRITER), admin: await login(request, ADMIN) }
    reportPath = await firstReportPath(request)
  })

  test('should send the security headers on pages, feeds, photos, the admin and the API (E40)', async ({ request, playwright, baseURL }) => {
    const report = await (await request.get(reportPath)).text()
    const photo = /src="(\/media\/[^"]+)"/.exec(report)?.[1]
    expect(photo).toBeTruthy()
    for (const path of ['/', reportPath, '/feed.xml', photo!, '/admin/login', '/api/users/me', '/halaman-yang-tidak-ada']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(path === '/halaman-yang-tidak-ada' ? 404 : 200)
      const headers = response.headers()
      expect(headers['x-content-type-options'], path).toBe('nosniff')
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
      expect(headers['x-frame-options'], path).toBe('DENY')
      expect(headers['permissions-policy'], path).toContain('camera=()')
      expect(headers['x-powered-by'], path).toBeUndefined()
      // This server's SERVER_URL is http: HSTS only goes out behind https (unit-tested).
      expect(headers['strict-transport-security'], path).toBeUndefined()
      expect(policyOf(response)['frame-ancestors'], path).toEqual(["'none'"])
    }
    // Feeds and photos keep the caching they set themselves; the admin and the API are never stored,
    // but for anonymous reads of public collections: public, revalidated before each use, with their tags.
    expect((await request.get('/feed.xml')).headers()['cache-control']).toBe('public, max-age=300')
    expect((await request.get(photo!)).headers()['cache-control']).toBe('public, max-age=3600')
    expect(policyOf(await request.get('/feed.xml'))['default-src']).toEqual(["'none'"])
    for (const path of ['/admin/login', '/api/users/me', '/api/reports/versions', '/api/nothing-here']) expect((await request.get(path)).headers()['cache-control'], path).toBe('no-store')
    // (A reader that never opened the admin: this context holds the admin's language cookie by now, and any cookie makes a request personal.)
    const reader = await playwright.request.newContext({ baseURL })
    const publicRead = (await reader.get('/api/reports?limit=1')).headers()
    expect([publicRead['cache-control'], publicRead['surrogate-key']]).toEqual(['public, max-age=0, must-revalidate', 'reports taxonomy'])
    expect((await request.get('/api/reports?limit=1')).headers()['cache-control']).toBe('no-store')
    await reader.dispose()
    expect((await request.get('/api/reports?limit=1', { headers: { Authorization: 'JWT not-a-token' } })).headers()['cache-control']).toBe('no-store')
  })

  test("should serve public pages from Next's cache with no inline script, and no script but the site's own (E40)", async ({ request }) => {
    // A search asked twice is a cache hit too (src/proxy.ts rewrites it to its cached results page).
    for (const path of ['/', reportPath, '/tentang', '/cari?q=rakor']) {
      await request.get(path)
      const response = await request.get(path)
      const headers = response.headers()
      expect(headers['x-nextjs-cache'], `${path} from the ISR cache`).toBe('HIT')
      expect(headers['cache-control'], path).toMatch(/s-maxage=/)
      const policy = policyOf(response)
      expect(headers['content-security-policy'], path).not.toMatch(/unsafe-inline|unsafe-eval|nonce-|sha256-|\*/)
      expect(policy['script-src'], path).toEqual(["'self'"])
      expect(policy['object-src'], path).toEqual(["'none'"])
      expect(policy['base-uri'], path).toEqual(["'self'"])
      expect(policy['form-action'], path).toEqual(["'self'"])
      const html = await response.text()
      expect(html, `${path}: no nonce left in the page`).not.toMatch(/\snonce="/)
      expect(inlineScriptsOf(html), path).toEqual([])
      // Next's client runtime is not sent: the site's one script (the copy-link button) where it is used.
      const external = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map(([, src]) => src)
      expect(external, path).toEqual(path === reportPath ? ['/salin-tautan.js'] : [])
      expect(html, path).not.toMatch(/as="script"|modulepreload|_next\/static\/chunks/)
      // A browser revalidating its copy gets a 304 whose headers replace the copy's: no policy there.
      const revalidated = await request.get(path, { headers: { 'If-None-Match': headers.etag! } })
      expect(revalidated.status(), path).toBe(304)
      expect(revalidated.headers()['content-security-policy'], path).toBeUndefined()
    }
  })

  test('should give the admin a per-request nonce and the API no active content (E40)', async ({ request }) => {
    const [first, second] = [await request.get('/admin/login'), await request.get('/admin/login')]
    const nonce = (response: APIResponse) => /^'nonce-(.+)'$/.exec(policyOf(response)['script-src']?.find((source) => source.startsWith("'nonce-")) ?? '')?.[1]
    expect(nonce(first)).toBeTruthy()
    expect(nonce(second)).not.toBe(nonce(first))
    expect(policyOf(first)['script-src']).toContain("'strict-dynamic'")
    expect(first.headers()['content-security-policy']).not.toContain('unsafe-eval')
    const html = await first.text()
    for (const script of html.match(/<script\b[^>]*>/g) ?? []) expect(script).toContain(`nonce="${nonce(first)}"`)
    expect(policyOf(await request.get('/api/users/me'))['default-src']).toEqual(["'none'"])
  })

  test('should run a report page under its policy: no violation, the copy button working, plain links (E40)', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
    const watch = await watchPolicy(page)
    await page.goto(reportPath)
    // The site's own script makes the link a copy button: the page stays, the link is on the clipboard.
    await page.getByRole('link', { name: 'Salin tautan' }).click()
    await expect(page.getByText('Tautan disalin')).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(reportPath, baseURL).href)
    await expect(page.getByText('Salin tautan')).toBeVisible({ timeout: 5_000 })
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Terbaru' }).click()
    await expect(page).toHaveURL(/\/terbaru$/)
    await expect(page.locator('h1')).toBeVisible()
    expect(await watch.violations()).toEqual([])
    expect(watch.messages).toEqual([])
    // Coming back to a page the browser keeps (revalidated with a 304) changes nothing.
    await page.goto(reportPath)
    await page.reload()
    await expect(page.getByRole('link', { name: 'Salin tautan' })).toBeVisible()
    expect(await watch.violations()).toEqual([])
    expect(watch.messages).toEqual([])

    // And the policy holds: a script added to the page does not run, nor an inline handler.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.injectedRan = true'
      document.body.append(script)
      const holder = document.createElement('div')
      holder.innerHTML = '<img src="/og-default.png?x" onload="window.handlerRan = true">'
      document.body.append(holder)
      await new Promise((resolve) => setTimeout(resolve, 500))
      const w = window as unknown as { injectedRan?: boolean; handlerRan?: boolean }
      return Boolean(w.injectedRan || w.handlerRan)
    })
    expect(ran).toBe(false)
    expect(await watch.violations()).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem inline/), expect.stringMatching(/^script-src-attr inline/)]))
  })

  test('should render the admin login and sign in under its policy (E40)', async ({ page }) => {
    const watch = await watchPolicy(page)
    await page.goto('/admin/login')
    await page.getByLabel('Email').fill('editor.sumsel@warta.test')
    await page.getByLabel('Kata Sandi').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await expect(page.getByRole('heading', { name: 'Dasbor' }).or(page.getByText('Laporan Kegiatan').first())).toBeVisible()
    await page.goto('/admin/collections/reports')
    await expect(page.getByRole('heading', { name: 'Laporan Kegiatan', level: 1 })).toBeVisible()
    expect(await watch.violations()).toEqual([])
    expect(watch.messages).toEqual([])
  })

  test('should set the session cookie HttpOnly, SameSite=Lax, for this host only (A9)', async ({ request }) => {
    const response = await request.post('/api/users/login', { data: { email: WRITER, password: DEMO_PASSWORD } })
    const session = response.headersArray().find(({ name, value }) => name.toLowerCase() === 'set-cookie' && value.startsWith('payload-token='))?.value ?? ''
    expect(session).toMatch(/;\s*HttpOnly/i)
    expect(session).toMatch(/;\s*SameSite=Lax/i)
    expect(session).not.toMatch(/;\s*Domain=/i)
    // SERVER_URL is http here; `Secure` comes with https (Users auth.cookies.secure).
  })

  test('should refuse state-changing requests from other sites, with or without the session cookie (A10, A11)', async ({ request, baseURL }) => {
    const write = (headers: Record<string, string>, method: 'post' | 'patch' | 'delete' = 'post') => request[method]('/api/payload-preferences/warta-e2e-csrf', { headers, data: { value: 1 } })
    const crossSite: Record<string, Record<string, string>> = {
      'foreign Origin': { ...cookie(tokens.writer), Origin: EVIL },
      'opaque Origin': { ...cookie(tokens.writer), Origin: 'null' },
      'no Origin, cross-site fetch': { ...cookie(tokens.writer), 'Sec-Fetch-Site': 'cross-site' },
      'no cookie, foreign Origin': { Origin: EVIL },
      'token and cookie, foreign Origin': { ...cookie(tokens.writer), ...jwt(tokens.writer), Origin: EVIL },
    }
    for (const [name, headers] of Object.entries(crossSite)) {
      for (const method of ['post', 'delete'] as const) {
        const response = await write(headers, method)
        expect(response.status(), `${name} ${method}`).toBe(403)
        expect(await codeOf(response), name).toBe('CROSS_SITE_REQUEST')
      }
    }
    const crossSiteLogin = await request.post('/api/users/login', { headers: { Origin: EVIL }, data: { email: WRITER, password: DEMO_PASSWORD } })
    expect(await codeOf(crossSiteLogin)).toBe('CROSS_SITE_REQUEST')
    const crossSiteEdit = await request.patch(`/api/reports/1`, { headers: { ...cookie(tokens.admin), Origin: EVIL }, data: { title: 'Diubah dari situs lain' } })
    expect(crossSiteEdit.status()).toBe(403)

    // The site's own pages, and scripts with a token (no cookie), are not refused.
    expect((await write({ ...cookie(tokens.writer), Origin: new URL(baseURL!).origin })).status()).toBe(200)
    expect((await write({ ...jwt(tokens.writer), Origin: EVIL })).status()).toBe(200)
    expect((await write(jwt(tokens.writer))).status()).toBe(200)
  })

  test('should refuse server actions: none exist on the public site, and the admin takes its own origin only (A11)', async ({ request }) => {
    for (const path of ['/', reportPath, '/cari']) {
      const response = await request.post(path, { headers: { 'Next-Action': '7f3a9c', Origin: EVIL }, data: '[]' })
      expect(response.status(), path).toBe(405)
    }
    for (const origin of ['null', EVIL]) {
      const response = await request.post('/admin', { headers: { ...cookie(tokens.admin), 'Next-Action': '7f3a9c', Origin: origin }, data: '[]' })
      expect(response.status(), origin).toBe(403)
      expect(await codeOf(response)).toBe('CROSS_SITE_REQUEST')
    }
  })

  test("should refuse a form on another site posting to the API with the staff's browser", async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: 'payload-token', value: tokens.writer, url: baseURL! }])
    const target = `${baseURL}/api/payload-preferences/warta-e2e-form`
    await page.route(`${EVIL}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<form method="post" action="${target}"><input name="value" value="1"></form><script>document.forms[0].submit()</script>` }),
    )
    const answer = page.waitForResponse(target)
    await page.goto(`${EVIL}/`)
    const response = await answer
    expect(response.status()).toBe(403)
    expect(await response.text()).toContain('CROSS_SITE_REQUEST')
  })

  test('should keep login redirects on the site (A12)', async ({ page, request, baseURL }) => {
    const hostile = ['//evil.com', '/\\evil.com', '/javascript:alert(1)', 'https:evil.com', 'https://evil.com', '/admin/../../evil.com', '/admin/..%2f..%2fevil.com']
    for (const redirect of hostile) {
      const response = await request.get(`/admin/login?redirect=${encodeURIComponent(redirect)}`, { maxRedirects: 0 })
      expect(response.status(), redirect).toBe(307)
      expect(new URL(response.headers().location!, baseURL).searchParams.has('redirect'), redirect).toBe(false)
    }
    const origin = new URL(baseURL!).origin
    /** In this site's admin, past the login page. */
    const inTheAdmin = (url: URL) => url.origin === origin && /^\/admin(\/|$)/.test(url.pathname) && !url.pathname.startsWith('/admin/login')

    // Signing in through a hostile link lands in the admin.
    await page.goto(`/admin/login?redirect=${encodeURIComponent('//evil.com')}`)
    await page.getByLabel('Email').fill('editor.sumsel@warta.test')
    await page.getByLabel('Kata Sandi').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Masuk' }).click()
    await expect(page).toHaveURL(inTheAdmin)
    await expect(page.getByRole('heading', { name: 'Dasbor' }).or(page.getByText('Laporan Kegiatan').first())).toBeVisible()
    // Signed in, the login page sends the user straight on: still never off the site.
    for (const redirect of hostile) {
      await page.goto(`/admin/login?redirect=${encodeURIComponent(redirect)}`)
      await expect(page, redirect).toHaveURL(inTheAdmin)
    }
    // A redirect within the admin still works.
    await page.goto(`/admin/login?redirect=${encodeURIComponent('/admin/collections/tags')}`)
    await expect(page).toHaveURL(/\/admin\/collections\/tags(\?|$)/)
  })

  test("should close Payload's internal collections to anonymous callers and writers (B21)", async ({ request }) => {
    expect((await request.post('/api/payload-preferences/warta-e2e-admin', { headers: jwt(tokens.admin), data: { value: { a: 1 } } })).status()).toBe(200)
    const adminPreferences = await request.get('/api/payload-preferences?where[key][equals]=warta-e2e-admin', { headers: jwt(tokens.admin) })
    const adminPreferenceId = ((await adminPreferences.json()) as { docs: { id: number | string }[] }).docs[0]?.id
    expect(adminPreferenceId).toBeDefined()

    const expectations: [path: string, anonymous: number, writer: number][] = [
      ['/api/payload-jobs', 403, 403],
      ['/api/payload-jobs/run', 403, 403],
      ['/api/payload-migrations', 403, 403],
      ['/api/payload-locked-documents', 401, 403],
      ['/api/payload-preferences', 401, 200],
      [`/api/payload-preferences/${adminPreferenceId}`, 401, 403],
    ]
    for (const [path, anonymous, writer] of expectations) {
      expect((await request.get(path)).status(), `${path} anonymous`).toBe(anonymous)
      expect((await request.get(path, { headers: jwt(tokens.writer) })).status(), `${path} writer`).toBe(writer)
    }
    // The writer's own preferences list holds only the writer's (Payload's access), never the admin's.
    const own = (await (await request.get('/api/payload-preferences?limit=100', { headers: jwt(tokens.writer) })).json()) as { docs: { id: number | string }[] }
    expect(own.docs.map((doc) => doc.id)).not.toContain(adminPreferenceId)
    // The admin app's calls still work: a user's own preference by key, locks for an admin.
    expect((await request.get('/api/payload-preferences/warta-e2e-admin', { headers: jwt(tokens.admin) })).status()).toBe(200)
    expect((await request.get('/api/payload-locked-documents', { headers: jwt(tokens.admin) })).status()).toBe(200)
    // GraphQL reaches the same collections: refused there as well.
    for (const query of ['{ PayloadLockedDocuments { docs { id } } }', '{ PayloadPreferences { docs { id key } } }', 'mutation { deletePayloadLockedDocument(id: 1) { id } }']) {
      const response = await request.post('/api/graphql', { headers: jwt(tokens.writer), data: { query } })
      expect(response.status(), query).toBe(403)
    }
  })

  test("should not let Next's internal headers skip the proxy (B22)", async ({ request }) => {
    const bypasses: Record<string, string>[] = [
      { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
      { 'x-middleware-subrequest': 'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware' },
      { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
      { 'x-middleware-subrequest': 'src/proxy:src/proxy:src/proxy:src/proxy:src/proxy' },
      { RSC: '1' },
      { RSC: '1', 'Next-Router-Prefetch': '1' },
      { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' },
    ]
    for (const headers of bypasses) {
      const name = JSON.stringify(headers)
      const jobs = await request.get('/api/payload-jobs', { headers })
      expect(await codeOf(jobs), name).toBe('INTERNAL_COLLECTION')
      const crossSite = await request.post('/api/payload-preferences/warta-e2e-bypass', { headers: { ...headers, ...cookie(tokens.writer), Origin: EVIL }, data: { value: 1 } })
      expect(await codeOf(crossSite), name).toBe('CROSS_SITE_REQUEST')
      // The admin's data stays behind its login: at most a redirect to the login page comes back.
      const admin = await request.get('/admin/collections/reports', { headers })
      const body = await admin.text()
      expect(body, name).not.toMatch(/Polres|Polda|"docs"/)
      expect(admin.headers()['cache-control'], name).toBe('no-store')
    }
  })

  test('should serve nothing of the source tree, no GraphQL playground and no source maps (E41)', async ({ request }) => {
    for (const path of ['/.git/HEAD', '/.git/config', '/.env', '/.env.local', '/data/.payload-secret', '/data/warta.db', '/package.json', '/payload.config.ts', '/.next/BUILD_ID', '/api/graphql-playground']) {
      expect((await request.get(path)).status(), path).toBe(404)
    }
    // The public pages send no chunk of Next's runtime; the admin does.
    const admin = await (await request.get('/admin/login')).text()
    const chunks = [...admin.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map(([, src]) => src!)
    expect(chunks.length).toBeGreaterThan(0)
    for (const chunk of chunks) {
      const script = await request.get(chunk)
      expect(script.status(), chunk).toBe(200)
      expect(await script.text(), chunk).not.toContain('sourceMappingURL')
      expect((await request.get(`${chunk}.map`)).status(), `${chunk}.map`).toBe(404)
    }
  })
})
