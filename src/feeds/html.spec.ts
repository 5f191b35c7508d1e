import { describe, expect, it } from 'vitest'

import { absoluteHttpUrl, feedHtml } from './html'

const BASE = 'https://warta.example.go.id'

describe('feedHtml', () => {
  it('should drop script, style, iframe, form and friends with their content', () => {
    const html = '<p>Isi</p><script>alert(1)</script><style>p{}</style><iframe src="x"></iframe><form><input></form><object></object><embed><noscript>x</noscript><meta name="x"><link rel="x">'
    expect(feedHtml(html, BASE)).toBe('<p>Isi</p>')
  })

  it('should make links and images absolute https and drop dangerous or relative-protocol ones', () => {
    expect(feedHtml('<a href="/berita/rakor">rakor</a>', BASE)).toBe('<a href="https://warta.example.go.id/berita/rakor">rakor</a>')
    expect(feedHtml('<img src="/media/foto.jpg">', BASE)).toBe('<img src="https://warta.example.go.id/media/foto.jpg" alt="Foto" />')
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)']) {
      expect(feedHtml(`<a href="${href}">klik</a>`, BASE)).toBe('<a>klik</a>')
    }
    // Protocol-relative links become absolute https links.
    expect(feedHtml('<a href="//other.example/x">x</a>', BASE)).toBe('<a href="https://other.example/x">x</a>')
  })

  it('should strip attributes that carry script and characters XML forbids', () => {
    expect(feedHtml('<p onclick="x()" style="color:red">a\u0000b\u0007c\uFFFE</p>', BASE)).toBe('<p>abc</p>')
  })
})

describe('absoluteHttpUrl', () => {
  it('should resolve relative URLs against the site and refuse other schemes', () => {
    expect(absoluteHttpUrl('foto.jpg', BASE)).toBe('https://warta.example.go.id/foto.jpg')
    expect(absoluteHttpUrl('ftp://x/y', BASE)).toBeNull()
    expect(absoluteHttpUrl(undefined, BASE)).toBeNull()
  })
})
