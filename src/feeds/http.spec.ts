import { describe, expect, it } from 'vitest'

import { etagOf, feedResponse } from './http'

const doc = { body: '<rss/>\n', lastModified: new Date('2026-08-12T04:00:00.500Z') }
const links = { self: 'https://warta.example/feed.xml', hub: null }
const get = (headers: Record<string, string> = {}) => feedResponse(new Request('https://warta.example/feed.xml', { headers }), 'rss', doc, links)

describe('feedResponse', () => {
  it('should send the body with type, strong ETag, Last-Modified and a short max-age', async () => {
    const res = get()
    expect(res.status).toBe(200)
    expect(await res.text()).toBe(doc.body)
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(res.headers.get('etag')).toBe(etagOf(doc.body))
    expect(res.headers.get('etag')).not.toMatch(/^W\//)
    expect(res.headers.get('last-modified')).toBe('Wed, 12 Aug 2026 04:00:00 GMT')
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
  })

  it('should answer 304 with no body to a matching ETag or a date not older than the feed', async () => {
    const cases: Record<string, string>[] = [{ 'if-none-match': etagOf(doc.body) }, { 'if-modified-since': 'Wed, 12 Aug 2026 04:00:00 GMT' }, { 'if-modified-since': 'Thu, 13 Aug 2026 00:00:00 GMT' }]
    for (const headers of cases) {
      const res = get(headers)
      expect(res.status).toBe(304)
      expect(await res.text()).toBe('')
    }
  })

  it('should send the body again when the client is behind', () => {
    expect(get({ 'if-none-match': '"stale"' }).status).toBe(200)
    expect(get({ 'if-modified-since': 'Tue, 11 Aug 2026 00:00:00 GMT' }).status).toBe(200)
    // If-None-Match wins over If-Modified-Since.
    expect(get({ 'if-none-match': '"stale"', 'if-modified-since': 'Thu, 13 Aug 2026 00:00:00 GMT' }).status).toBe(200)
  })

  it('should name the cache tags it was built under in Surrogate-Key, and none when it has none', () => {
    const tagged = feedResponse(new Request('https://warta.example/feed.xml'), 'rss', doc, links, ['reports', 'corrections', 'taxonomy'])
    expect(tagged.headers.get('surrogate-key')).toBe('reports corrections taxonomy')
    expect(get().headers.get('surrogate-key')).toBeNull()
  })
})
