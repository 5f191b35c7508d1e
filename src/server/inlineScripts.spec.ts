import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { buildScriptHashes, claimInlineScripts, inlineScripts, markerRequestHeader, newMarker, publicFlight, scriptHash, withoutRuntime } from './inlineScripts.mjs'

const MARKER = 'bWFya2VyLW9mLXRoaXMtdGVzdA'
const FLIGHT = 'self.__next_f.push([1,"2:HL[\\"/_next/static/css/a.css\\",\\"style\\",{\\"nonce\\":\\"MARKER\\"}]\\n"])'.replace('MARKER', MARKER)
const page = (body: string) =>
  Buffer.from(
    `<!DOCTYPE html><html><head><link rel="preload" as="script" nonce="${MARKER}" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/a.js" async="" nonce="${MARKER}"></script></head>` +
      `<body><main>${body}</main><script nonce="${MARKER}">(self.__next_f=self.__next_f||[]).push([0])</script><script nonce="${MARKER}">${FLIGHT}</script></body></html>`,
  )
const claim = (html: Buffer, trusted?: Set<string>) => {
  const { html: out, hashes } = claimInlineScripts(html, MARKER, trusted)
  return { html: out.toString('utf8'), hashes }
}

describe('inline scripts named by hash', () => {
  it('should hash each script Next marked, as the browser will hash it, and cut the marker out', () => {
    const { html, hashes } = claim(page('<p>Isi berita</p>'))
    expect(html).not.toContain(MARKER)
    expect(html).toContain('{\\"nonce\\":null}')
    const scripts = inlineScripts(Buffer.from(html)).map(({ text }) => text.toString('utf8'))
    expect(scripts).toEqual(['(self.__next_f=self.__next_f||[]).push([0])', FLIGHT.replace(`\\"${MARKER}\\"`, 'null')])
    expect(hashes).toEqual(scripts.map(scriptHash))
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='")
  })

  it('should not hash a script that came in with the content, whatever it looks like', () => {
    const injected = ['<script>alert(1)</script>', '<script nonce="">alert(2)</script>', `<script nonce="${MARKER.slice(1)}">alert(3)</script>`, '<script>self.__next_f.push([1,"x"])</script>']
    const { hashes } = claim(page(injected.join('')))
    expect(hashes).toHaveLength(2)
    for (const text of ['alert(1)', 'alert(2)', 'alert(3)', 'self.__next_f.push([1,"x"])']) expect(hashes).not.toContain(scriptHash(text))
  })

  it('should leave external scripts and data blocks to the policy (no hash)', () => {
    const found = inlineScripts(Buffer.from('<script src="/a.js"></script><script type="application/ld+json">{"a":1}</script><script type="module">m()</script><scripts>x</scripts>'))
    expect(found.map(({ text }) => text.toString())).toEqual(['m()'])
  })

  it('should claim nothing when the marker shows up anywhere else (fail closed)', () => {
    const { html, hashes } = claim(page(`<p data-x="${MARKER}">x</p>`))
    expect(hashes).toEqual([])
    expect(html).not.toContain(MARKER)
  })

  it("should trust the build's own scripts by hash, marker or not", () => {
    const built = Buffer.from('<html><body><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>evil()</script></body></html>')
    const { hashes } = claim(built, new Set([scriptHash('(self.__next_f=self.__next_f||[]).push([0])')]))
    expect(hashes).toEqual([scriptHash('(self.__next_f=self.__next_f||[]).push([0])')])
  })

  it('should read those hashes from the prerendered HTML of a build folder', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'warta-dist-'))
    mkdirSync(path.join(dist, 'server', 'app', 'x'), { recursive: true })
    writeFileSync(path.join(dist, 'server', 'app', 'x', 'tentang.html'), '<script>a()</script><script src="/b.js"></script>')
    writeFileSync(path.join(dist, 'server', 'app', 'tentang.rsc'), '<script>not-html()</script>')
    writeFileSync(path.join(dist, 'server', 'app', 'berita.html'), `<script nonce="${MARKER}">rendered()</script><script>injected()</script>`)
    expect([...buildScriptHashes(dist)]).toEqual([scriptHash('a()')])
  })

  it('should hash CR LF as the browser does, after newline normalisation', () => {
    expect(scriptHash(Buffer.from('a()\r\nb()\rc()'))).toBe(scriptHash('a()\nb()\nc()'))
  })

  it('should cut the marker out of RSC payloads too', () => {
    const flight = Buffer.from(`:HL["/a.css","style",{"nonce":"${MARKER}"}]\n0:["$","link","0",{"rel":"stylesheet","nonce":"${MARKER}"}]\n`)
    expect(publicFlight(flight, MARKER).toString()).toBe(':HL["/a.css","style",{"nonce":null}]\n0:["$","link","0",{"rel":"stylesheet","nonce":null}]\n')
  })

  it('should make markers Next accepts as a nonce, different each time', () => {
    const marker = newMarker()
    expect(markerRequestHeader(marker)).toMatch(/^script-src 'nonce-[A-Za-z0-9_-]{24}'$/)
    expect(newMarker()).not.toBe(marker)
  })
})

describe('withoutRuntime', () => {
  const LD = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A \\u003c B"}</script>'
  const bare = (html: Buffer, extra?: Record<string, string>) => withoutRuntime(html, MARKER, extra)?.toString('utf8') ?? null

  it("should remove Next's scripts, their preloads and the marker, and keep JSON-LD and the content", () => {
    const out = bare(page(`${LD}<p>Isi berita</p><link rel="modulepreload" href="/_next/x.js"/><link rel="stylesheet" href="/_next/static/css/a.css"/>`))
    expect(out).not.toBeNull()
    expect(out).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
    expect(out).not.toMatch(/as="script"|modulepreload/)
    expect(out).not.toContain(MARKER)
    expect(out).toContain(LD)
    expect(out).toContain('<p>Isi berita</p>')
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/css/a.css"/>')
  })

  it('should remove scripts of every executable type, with or without src', () => {
    const out = bare(Buffer.from('<html><head></head><body><script type="module">a()</script><script type="text/javascript" src="/b.js"></script><script>c()</script><script type="text/plain">d</script></body></html>'))
    expect(out).toBe('<html><head></head><body><script type="text/plain">d</script></body></html>')
  })

  it('should add a page script only where its attribute is in the page', () => {
    const scripts = { 'data-salin-tautan': '/salin-tautan.js' }
    expect(bare(page('<a href="/berita/x" data-salin-tautan="">Salin tautan</a>'), scripts)).toContain('<script src="/salin-tautan.js" defer=""></script></head>')
    expect(bare(page('<p>data-salin-tautan in the text</p>'), scripts)).not.toContain('salin-tautan.js')
  })

  it('should refuse a page that React streamed in parts, and one with the marker left elsewhere', () => {
    expect(bare(page('<!--$?--><template id="B:0"></template><!--/$--><div hidden id="S:0"><p>later</p></div>'))).toBeNull()
    expect(bare(page('<!--$!--><template data-dgst="NEXT_HTTP_ERROR_FALLBACK;404"></template><!--/$-->'))).toBeNull()
    expect(bare(Buffer.from('<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div><script>self.__next_f.push([1,"404"])</script></body></html>'))).toBeNull()
    expect(bare(page(`<p data-x="${MARKER}">leak</p>`))).toBeNull()
  })
})
