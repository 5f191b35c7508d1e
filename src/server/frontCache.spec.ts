import { createServer, get, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'

import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { frontCache } from './frontCache.mjs'
import { responseHardening } from './hardenResponse.mjs'
import { advancePublicGeneration } from './publicGeneration.mjs'

const MARKER = 'bWFya2VyLW9mLXRoZS1zZXJ2ZXI'
const page = (title: string) => `<!DOCTYPE html><html><body><main><h1>${title}</h1>${'<p>Rapat koordinasi pengamanan.</p>'.repeat(80)}</main></body></html>`
const SITEMAP = `<?xml version="1.0" encoding="UTF-8"?><urlset>${Array.from({ length: 40 }, (_, i) => `<url><loc>https://warta.example/berita/rakor-${i}</loc></url>`).join('')}</urlset>`

/**
 * A stand-in for Next's handler as the front cache meets it: cached pages as one string with
 * `x-nextjs-cache`, a cached route handler's sitemap in chunks, and the answers that must never be
 * kept. `calls` counts the requests that reached it; `state` is what each page says now.
 */
const calls: string[] = []
/** Requests for /pribadi-lambat inside Next now, and the most at once. */
const slow = { now: 0, most: 0 }
const state = { title: 'Versi pertama', cache: 'HIT', during: undefined as (() => void) | undefined }
/** The version of /versi/* pages that Next would render now. */
const versions = { current: 0 }
const next = (req: IncomingMessage, res: ServerResponse) => {
  const url = req.url ?? '/'
  calls.push(url)
  const cachedPage = (headers: Record<string, string> = {}) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('Vary', 'rsc, next-router-state-tree, Accept-Encoding')
    res.setHeader('Cache-Control', 's-maxage=3600')
    res.setHeader('x-nextjs-cache', state.cache)
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    state.during?.()
    res.end(page(state.title))
  }
  if (url.startsWith('/lambat/')) setTimeout(() => cachedPage(), 100)
  else if (url === '/pribadi-lambat') {
    slow.now++
    slow.most = Math.max(slow.most, slow.now)
    setTimeout(() => {
      slow.now--
      cachedPage({ 'Cache-Control': 'private, no-cache' })
    }, 50)
  }
  else if (url.startsWith('/cari?')) {
    // Next normalises the query of the URL it handles in place.
    req.url = url.replace(/%20/g, '+')
    cachedPage()
  } else if (url.startsWith('/versi/')) {
    // What the page says is the version Next would render now (the property below).
    state.title = `versi-${versions.current}`
    cachedPage({ 'Surrogate-Key': 'versi-uji' })
  } else if (url.startsWith('/berita/bertag-')) cachedPage({ 'Surrogate-Key': `report-slug:${url.slice('/berita/'.length)} taxonomy` })
  else if (url.startsWith('/berita/')) cachedPage()
  else if (url === '/sitemaps/berita-1.xml') {
    res.setHeader('Content-Type', 'application/xml; charset=utf-8')
    res.setHeader('Cache-Control', 'public, max-age=300')
    res.setHeader('x-nextjs-cache', 'HIT')
    res.write(SITEMAP.slice(0, 500))
    res.end(SITEMAP.slice(500))
  } else if (url === '/feed.xml') {
    // Dynamic: Next renders it for every request.
    res.setHeader('Content-Type', 'application/rss+xml; charset=utf-8')
    res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>${state.title}</title></channel></rss>`)
  } else if (url === '/atom.xml') {
    // A feed built from Next's tagged cache, which says so with its tags (src/feeds/http.ts).
    res.setHeader('Content-Type', 'application/atom+xml; charset=utf-8')
    res.setHeader('Cache-Control', 'public, max-age=300')
    res.setHeader('Surrogate-Key', 'reports corrections taxonomy')
    res.setHeader('ETag', `"atom-${state.title.length}"`)
    res.setHeader('Last-Modified', 'Sat, 05 Dec 2026 04:00:00 GMT')
    res.end(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${state.title}</title>${'<entry><title>Rakor</title></entry>'.repeat(40)}</feed>`)
  } else if (url.startsWith('/api/')) {
    // Payload's REST handler: JSON, no cache headers of its own; an anonymous read of a workflow is refused.
    res.setHeader('Content-Type', 'application/json')
    if (url.includes('/workflow') || url.startsWith('/api/users')) res.statusCode = 401
    res.end(JSON.stringify({ docs: [{ title: state.title }], path: url }))
  } else if (url === '/dengan-cookie') cachedPage({ 'Set-Cookie': 'a=b' })
  else if (url === '/pribadi') cachedPage({ 'Cache-Control': 'private, no-cache' })
  else if (url === '/semua') cachedPage({ Vary: '*' })
  else {
    res.statusCode = 404
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.setHeader('x-nextjs-cache', 'HIT')
    res.end(page('Halaman tidak ditemukan'))
  }
}

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer; text: string }

describe('the front cache: whole public answers kept in front of Next until a tag expires', () => {
  let server: Server
  let base = ''
  let front = frontCache()
  let options = {}

  const start = async () => {
    front = frontCache(options)
    const harden = responseHardening({ marker: MARKER, trustedScripts: new Set(), https: false, front })
    server = createServer(async (req, res) => {
      if (front.answer(req, res) || (await front.follow(req, res))) return
      harden(req, res)
      next(req, res)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }
  const stop = () => new Promise<void>((resolve) => server.close(() => resolve()))
  const ask = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<Answer>((resolve, reject) => {
      const req = get(`${base}${path}`, { headers, method }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const bytes = Buffer.concat(chunks)
          const text = res.headers['content-encoding'] === 'gzip' ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8')
          resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes, text })
        })
      })
      req.on('error', reject)
    })
  /** How many of the requests `during` makes reach Next. */
  const reachingNext = async (during: () => Promise<unknown>) => {
    const before = calls.length
    await during()
    return calls.length - before
  }

  beforeAll(start)
  afterAll(stop)
  beforeEach(() => {
    Object.assign(state, { title: 'Versi pertama', cache: 'HIT', during: undefined })
  })

  it("should answer a page Next served from its cache again itself, with Next's headers, the same bytes and an Age", async () => {
    const first = await ask('/berita/rakor-1', { 'Accept-Encoding': 'gzip' })
    expect(first.headers['x-nextjs-cache']).toBe('HIT')
    expect(first.headers.age).toBeUndefined()
    let again: Answer | undefined
    expect(await reachingNext(async () => (again = await ask('/berita/rakor-1', { 'Accept-Encoding': 'gzip' })))).toBe(0)
    expect(again!.status).toBe(200)
    expect(again!.bytes.equals(first.bytes)).toBe(true)
    expect(again!.headers.age).toMatch(/^\d+$/)
    // Only the framing differs: the bytes are known, so they go with a length rather than chunked.
    const { date: _d, age: _a, 'content-length': length, ...same } = again!.headers
    const { date: _d1, 'transfer-encoding': _t, 'content-length': _l, ...original } = first.headers
    expect(same).toEqual(original)
    expect(Number(length)).toBe(again!.bytes.length)
    // The same answer uncompressed, for a reader who does not take gzip, and a 304 for its tag.
    const plain = await ask('/berita/rakor-1', { 'Accept-Encoding': 'identity' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.text).toBe(first.text)
    expect(Number(plain.headers['content-length'])).toBe(plain.bytes.length)
    expect(plain.headers.etag).toBe(String(first.headers.etag).replace(/^W\//, ''))
    const revalidated = await ask('/berita/rakor-1', { 'Accept-Encoding': 'gzip', 'If-None-Match': String(first.headers.etag) })
    expect(revalidated.status).toBe(304)
    expect(revalidated.bytes.length).toBe(0)
    expect(revalidated.headers['content-security-policy']).toBeUndefined()
  })

  it('should keep anonymous reads of the public API, tagged, until the public generation moves, and nothing personal', async () => {
    const first = await ask('/api/reports?limit=10&depth=1', { 'Accept-Encoding': 'gzip' })
    expect(first.status).toBe(200)
    expect([first.headers['cache-control'], first.headers['surrogate-key']]).toEqual(['public, max-age=0, must-revalidate', 'reports taxonomy'])
    let again: Answer | undefined
    expect(await reachingNext(async () => (again = await ask('/api/reports?limit=10&depth=1', { 'Accept-Encoding': 'gzip' })))).toBe(0)
    expect(again!.text).toBe(first.text)
    expect((await ask('/api/reports?limit=10&depth=1', { 'If-None-Match': String(first.headers.etag) })).status).toBe(304)
    expect(await reachingNext(() => ask('/api/media/3'))).toBe(1)
    expect(await reachingNext(() => ask('/api/media/3'))).toBe(0)

    // A public change: the next read is Payload's again.
    state.title = 'Versi kedua'
    advancePublicGeneration()
    expect(JSON.parse((await ask('/api/reports?limit=10&depth=1')).text).docs[0].title).toBe('Versi kedua')

    // Signed in, other collections, sub-paths and refusals: always Payload's, never public.
    for (const [path, headers] of [
      ['/api/reports?limit=10&depth=1', { Authorization: 'JWT x' }],
      ['/api/reports?limit=10&depth=1', { Cookie: 'payload-token=x' }],
      ['/api/users?limit=10', {}],
      ['/api/reports/7/workflow', {}],
      ['/api/reports/versions', {}],
      ['/api/workflow-events', {}],
    ] as const) {
      expect(await reachingNext(() => ask(path, headers)), path).toBe(1)
      const answer = await ask(path, headers)
      expect(answer.headers['cache-control'], path).toBe('no-store')
      expect(answer.headers['surrogate-key'], path).toBeUndefined()
    }
  })

  it('should answer a cached sitemap file again the same way', async () => {
    const first = await ask('/sitemaps/berita-1.xml', { 'Accept-Encoding': 'gzip' })
    expect(first.text).toBe(SITEMAP)
    let again: Answer | undefined
    expect(await reachingNext(async () => (again = await ask('/sitemaps/berita-1.xml', { 'Accept-Encoding': 'gzip' })))).toBe(0)
    expect(again!.bytes.equals(first.bytes)).toBe(true)
    expect(again!.headers['content-type']).toBe('application/xml; charset=utf-8')
    expect(again!.headers.etag).toBe(first.headers.etag)
  })

  it('should send every request with a cookie, credentials, a range or an RSC header to Next, and keep nothing from them', async () => {
    await ask('/berita/rakor-2')
    const personal: Record<string, string>[] = [{ Cookie: 'payload-token=abc' }, { Authorization: 'JWT abc' }, { Range: 'bytes=0-10' }, { RSC: '1' }, { 'Next-Router-State-Tree': '%5B%5D' }]
    for (const headers of personal) {
      expect(await reachingNext(() => ask('/berita/rakor-2', headers)), JSON.stringify(headers)).toBe(1)
    }
    // An editor's tab (a cookie) fills nothing a reader then gets.
    await ask('/berita/rakor-3', { Cookie: 'payload-token=abc' })
    expect(await reachingNext(() => ask('/berita/rakor-3'))).toBe(1)
  })

  it('should keep nothing Next did not answer from its cache for everyone', async () => {
    state.cache = 'STALE'
    await ask('/berita/basi')
    expect(await reachingNext(() => ask('/berita/basi'))).toBe(1)
    for (const path of ['/feed.xml', '/dengan-cookie', '/pribadi', '/semua', '/tidak-ada']) {
      await ask(path)
      expect(await reachingNext(() => ask(path)), path).toBe(1)
    }
    // A HEAD is Next's to answer; it keeps nothing either.
    await ask('/berita/kepala', {}, 'HEAD')
    expect(await reachingNext(() => ask('/berita/kepala'))).toBe(1)
  })

  it('should keep a feed that names its cache tags, with its own validators, until a tag expires', async () => {
    const first = await ask('/atom.xml', { 'Accept-Encoding': 'gzip' })
    expect(first.status).toBe(200)
    let again: Answer | undefined
    expect(await reachingNext(async () => (again = await ask('/atom.xml', { 'Accept-Encoding': 'gzip' })))).toBe(0)
    expect(again!.text).toBe(first.text)
    expect(again!.headers.etag).toBe(first.headers.etag)
    expect(again!.headers['surrogate-key']).toBe('reports corrections taxonomy')
    // Its own validators answer here, as the feed's handler would: the ETag, or its date without one.
    const conditional = async (headers: Record<string, string>) => {
      let answer: Answer | undefined
      expect(await reachingNext(async () => (answer = await ask('/atom.xml', headers))), JSON.stringify(headers)).toBe(0)
      return answer!
    }
    expect((await conditional({ 'If-None-Match': String(first.headers.etag) })).status).toBe(304)
    const sameDate = await conditional({ 'If-Modified-Since': 'Sat, 05 Dec 2026 04:00:00 GMT' })
    expect(sameDate.status).toBe(304)
    expect(sameDate.bytes.length).toBe(0)
    expect(sameDate.headers['content-type']).toBeUndefined()
    expect((await conditional({ 'If-Modified-Since': 'Fri, 04 Dec 2026 04:00:00 GMT' })).text).toBe(first.text)
    // If-None-Match comes first, whatever the request's Cache-Control.
    expect((await conditional({ 'If-None-Match': '"older"', 'If-Modified-Since': 'Sat, 05 Dec 2026 04:00:00 GMT' })).status).toBe(200)
    expect((await conditional({ 'If-None-Match': String(first.headers.etag), 'Cache-Control': 'no-cache' })).status).toBe(304)

    state.title = 'Versi kedua'
    advancePublicGeneration()
    const changed = await ask('/atom.xml')
    expect(changed.text).toContain('Versi kedua')
  })

  it('should go back to Next as soon as any tag expires, and show what Next shows then', async () => {
    await ask('/berita/rakor-4')
    expect(await reachingNext(() => ask('/berita/rakor-4'))).toBe(0)
    state.title = 'Versi ralat'
    advancePublicGeneration()
    let after: Answer | undefined
    expect(await reachingNext(async () => (after = await ask('/berita/rakor-4')))).toBe(1)
    expect(after!.text).toContain('Versi ralat')
    expect(await reachingNext(() => ask('/berita/rakor-4'))).toBe(0)
  })

  it('should send one of many same requests to Next and answer the others with its answer', async () => {
    let answers: Answer[] = []
    expect(await reachingNext(async () => (answers = await Promise.all(Array.from({ length: 8 }, () => ask('/lambat/1')))))).toBe(1)
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200))
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1)
    // Personal or partial requests never wait for another's answer, nor get it.
    expect(await reachingNext(() => Promise.all([ask('/lambat/2'), ask('/lambat/2', { Cookie: 'payload-token=x' }), ask('/lambat/2', { Range: 'bytes=0-10' })]))).toBe(3)
    // An answer that is not kept: those that waited ask Next themselves, after the first...
    expect(await reachingNext(() => Promise.all(Array.from({ length: 4 }, () => ask('/pribadi-lambat'))))).toBe(4)
    expect(slow.most).toBeLessThan(4)
    // ...and then nobody waits for another for a while.
    slow.most = 0
    expect(await reachingNext(() => Promise.all(Array.from({ length: 4 }, () => ask('/pribadi-lambat'))))).toBe(4)
    expect(slow.most).toBe(4)
  })

  it('should keep an answer under the URL the reader asked for, whatever Next makes of it', async () => {
    await ask('/cari?q=bakti%20sosial')
    expect(await reachingNext(() => ask('/cari?q=bakti%20sosial'))).toBe(0)
  })

  it('should drop an answer when one of its own tags expires, and keep it through the expiry of others', async () => {
    await ask('/berita/bertag-1')
    expect(await reachingNext(() => ask('/berita/bertag-1'))).toBe(0)
    // Another report published: home and the lists go, this page stays.
    advancePublicGeneration(['reports', 'corrections', 'report-slug:bertag-2'])
    expect(await reachingNext(() => ask('/berita/bertag-1'))).toBe(0)
    // This one changed.
    state.title = 'Versi bertag'
    advancePublicGeneration(['reports', 'report-slug:bertag-1'])
    let after: Answer | undefined
    expect(await reachingNext(async () => (after = await ask('/berita/bertag-1')))).toBe(1)
    expect(after!.text).toContain('Versi bertag')
    // A page with no tags of its own is named by every public change's (hardenResponse): any of them drops it.
    await ask('/berita/rakor-7')
    advancePublicGeneration(['taxonomy'])
    expect(await reachingNext(() => ask('/berita/rakor-7'))).toBe(1)
  })

  it('should not keep an answer made while one of its tags expired, but keep one made during the expiry of others', async () => {
    state.during = () => advancePublicGeneration(['report-slug:bertag-3'])
    await ask('/berita/bertag-3')
    await ask('/berita/bertag-4')
    state.during = undefined
    expect(await reachingNext(() => ask('/berita/bertag-3'))).toBe(1)
    expect(await reachingNext(() => ask('/berita/bertag-4'))).toBe(0)
  })

  it('should not keep an answer made while a tag expired: it may be older than Next cache now is', async () => {
    state.during = advancePublicGeneration
    await ask('/berita/rakor-5')
    state.during = undefined
    expect(await reachingNext(() => ask('/berita/rakor-5'))).toBe(1)
    expect(await reachingNext(() => ask('/berita/rakor-5'))).toBe(0)
  })

  it('should keep answers for a bounded time and number', async () => {
    await stop()
    options = { entries: 2, maxAgeMs: 300 }
    await start()
    try {
      for (const path of ['/berita/a', '/berita/b']) await ask(path)
      expect(await reachingNext(() => Promise.all(['/berita/a', '/berita/b'].map((path) => ask(path))))).toBe(0)
      await ask('/berita/c')
      expect(front.size).toBe(2)
      // The one read least recently went.
      expect(await reachingNext(() => ask('/berita/a'))).toBe(1)
      await new Promise((resolve) => setTimeout(resolve, 350))
      expect(await reachingNext(() => ask('/berita/a'))).toBe(1)
    } finally {
      await stop()
      options = {}
      await start()
    }
  })

  describe('after an additive expiry (a first publication)', () => {
    const refreshed: string[] = []
    /** The server asks itself for the page again, as nextServer.mjs does. */
    let refresh = (url: string, headers: Record<string, string>) => {
      refreshed.push(url)
      return ask(url, headers)
    }
    const settle = async () => {
      for (let i = 0; i < 200 && front.refreshing > 0; i++) await new Promise((resolve) => setTimeout(resolve, 5))
      expect(front.refreshing).toBe(0)
    }
    const restart = async (more: Record<string, unknown> = {}) => {
      await stop()
      options = { refresh: (url: string, headers: Record<string, string>) => refresh(url, headers), ...more }
      await start()
    }
    beforeAll(() => restart())
    afterAll(async () => {
      await stop()
      options = {}
      await start()
    })

    it('should answer with the page from before at once, marked for no other cache, while it makes it again once in the background', async () => {
      await ask('/berita/bertag-20')
      state.title = 'Versi sesudah terbit'
      advancePublicGeneration(['reports', 'report-slug:bertag-21'], { additive: true })
      advancePublicGeneration(['taxonomy'], { additive: true })
      refreshed.length = 0
      let answers: Answer[] = []
      // The readers do not wait for Next: the only request reaching it is the server's own, once.
      expect(
        await reachingNext(async () => {
          answers = await Promise.all(Array.from({ length: 6 }, () => ask('/berita/bertag-20')))
          await settle()
        }),
      ).toBe(1)
      expect(refreshed).toEqual(['/berita/bertag-20'])
      expect(answers.map((answer) => [answer.status, answer.headers['x-nextjs-cache'], answer.headers['cache-control']])).toEqual(
        Array(6).fill([200, 'STALE', 'private, no-store']),
      )
      expect(answers.every((answer) => answer.text.includes('Versi pertama'))).toBe(true)
      // Made again: the new page, fresh, without Next.
      let after: Answer | undefined
      expect(await reachingNext(async () => (after = await ask('/berita/bertag-20')))).toBe(0)
      expect([after!.headers['x-nextjs-cache'], after!.text.includes('Versi sesudah terbit')]).toEqual(['HIT', true])
    })

    it('should never answer with a page from before a hard expiry, even one already stale', async () => {
      await ask('/berita/bertag-22')
      advancePublicGeneration(['taxonomy'], { additive: true })
      advancePublicGeneration(['report-slug:bertag-22'])
      state.title = 'Versi ditarik'
      let after: Answer | undefined
      expect(await reachingNext(async () => (after = await ask('/berita/bertag-22')))).toBe(1)
      expect([after!.headers['x-nextjs-cache'], after!.text.includes('Versi ditarik')]).toEqual(['HIT', true])
    })

    it('should drop the stale page when it could not be made again, and after the stale window', async () => {
      // Next's answer is no longer one to keep (STALE): the stale page goes once the refresh is done.
      await ask('/berita/bertag-23')
      advancePublicGeneration(['taxonomy'], { additive: true })
      state.cache = 'STALE'
      expect((await ask('/berita/bertag-23')).headers['x-nextjs-cache']).toBe('STALE')
      await settle()
      expect(await reachingNext(() => ask('/berita/bertag-23'))).toBe(1)
      // A refresh that never ends: after the window, readers ask Next themselves.
      state.cache = 'HIT'
      const never = refresh
      refresh = () => new Promise(() => {})
      await restart({ staleMs: 100 })
      try {
        await ask('/berita/bertag-24')
        advancePublicGeneration(['taxonomy'], { additive: true })
        expect(await reachingNext(() => ask('/berita/bertag-24'))).toBe(0)
        await new Promise((resolve) => setTimeout(resolve, 150))
        expect(await reachingNext(() => ask('/berita/bertag-24'))).toBe(1)
      } finally {
        refresh = never
        await restart()
      }
    })

    it('should keep a page made during an additive expiry as stale, and give its reader a copy no other cache keeps', async () => {
      state.during = () => advancePublicGeneration(['report-slug:bertag-25'], { additive: true })
      const during = await ask('/berita/bertag-25')
      state.during = undefined
      expect(during.headers['cache-control']).toBe('private, no-store')
      refreshed.length = 0
      expect((await ask('/berita/bertag-25')).headers['x-nextjs-cache']).toBe('STALE')
      await settle()
      expect(refreshed).toEqual(['/berita/bertag-25'])
    })

    // The rule, for any sequence: a page answered from here is never older than the last hard expiry
    // of its tags, and one answered as fresh (HIT) is the page Next would make now.
    it('should never answer with a page older than the last hard expiry, nor call stale fresh (property)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.constantFrom('additive', 'hard', 'ask', 'ask', 'settle'), { minLength: 1, maxLength: 25 }), async (steps) => {
          const url = `/versi/${Math.random().toString(36).slice(2)}`
          let lastHard = versions.current
          for (const step of steps) {
            if (step === 'additive' || step === 'hard') {
              versions.current++
              if (step === 'hard') lastHard = versions.current
              advancePublicGeneration(['versi-uji'], { additive: step === 'additive' })
            } else if (step === 'settle') await settle()
            else {
              const answer = await ask(url)
              const shown = Number(/versi-(\d+)/.exec(answer.text)?.[1])
              expect(shown).toBeGreaterThanOrEqual(lastHard)
              if (answer.headers['x-nextjs-cache'] !== 'STALE') expect(shown).toBe(versions.current)
            }
          }
          await settle()
        }),
        { numRuns: 60 },
      )
    })
  })
})
