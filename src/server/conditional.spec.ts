import { describe, expect, it } from 'vitest'

import { acceptsGzip, isFresh } from './conditional.mjs'

const LAST_MODIFIED = 'Sat, 05 Dec 2026 04:00:00 GMT'

describe('conditional GET', () => {
  it("should keep the client's copy when If-None-Match names the tag, weakly compared, or is *", () => {
    for (const ifNoneMatch of ['"a"', 'W/"a"', ' "b" , W/"a"', '*']) {
      expect(isFresh({ 'if-none-match': ifNoneMatch }, { etag: '"a"' }), ifNoneMatch).toBe(true)
      expect(isFresh({ 'if-none-match': ifNoneMatch }, { etag: 'W/"a"' }), ifNoneMatch).toBe(true)
    }
    for (const ifNoneMatch of ['"b"', '"a', 'a']) expect(isFresh({ 'if-none-match': ifNoneMatch }, { etag: '"a"' }), ifNoneMatch).toBe(false)
    expect(isFresh({}, { etag: '"a"', lastModified: LAST_MODIFIED })).toBe(false)
  })

  it('should compare dates only without If-None-Match, and only against a Last-Modified', () => {
    expect(isFresh({ 'if-modified-since': LAST_MODIFIED }, { etag: '"a"', lastModified: LAST_MODIFIED })).toBe(true)
    expect(isFresh({ 'if-modified-since': 'Sun, 06 Dec 2026 00:00:00 GMT' }, { lastModified: LAST_MODIFIED })).toBe(true)
    expect(isFresh({ 'if-modified-since': 'Fri, 04 Dec 2026 04:00:00 GMT' }, { lastModified: LAST_MODIFIED })).toBe(false)
    expect(isFresh({ 'if-modified-since': 'not a date' }, { lastModified: LAST_MODIFIED })).toBe(false)
    expect(isFresh({ 'if-modified-since': LAST_MODIFIED }, { etag: '"a"' })).toBe(false)
    expect(isFresh({ 'if-none-match': '"b"', 'if-modified-since': LAST_MODIFIED }, { etag: '"a"', lastModified: LAST_MODIFIED })).toBe(false)
  })

  it("should answer a precondition whatever the request's Cache-Control (fetch adds no-cache to every conditional request)", () => {
    expect(isFresh({ 'if-none-match': '"a"', 'cache-control': 'no-cache' }, { etag: '"a"' })).toBe(true)
    expect(isFresh({ 'if-modified-since': LAST_MODIFIED, 'cache-control': 'max-age=0, no-cache' }, { lastModified: LAST_MODIFIED })).toBe(true)
    expect(isFresh({ 'if-none-match': '"a"', 'cache-control': 'max-age=0' }, { etag: '"a"' })).toBe(true)
    expect(isFresh({ 'if-none-match': '"b"', 'cache-control': 'no-cache' }, { etag: '"a"' })).toBe(false)
  })

  it("should read a route handler's Fetch headers as it reads Node's", () => {
    expect(isFresh(new Headers({ 'If-None-Match': 'W/"a"' }), { etag: '"a"' })).toBe(true)
    expect(isFresh(new Headers({ 'If-Modified-Since': LAST_MODIFIED }), { etag: '"a"', lastModified: LAST_MODIFIED })).toBe(true)
    expect(isFresh(new Headers({ 'If-None-Match': '"a"', 'Cache-Control': 'no-cache' }), { etag: '"a"' })).toBe(true)
    expect(isFresh(new Headers(), { etag: '"a"', lastModified: null })).toBe(false)
  })

  it('should read Accept-Encoding as HTTP does', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('GZIP;q=0.1')).toBe(true)
    expect(acceptsGzip('*')).toBe(true)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('*;q=0')).toBe(false)
    expect(acceptsGzip('br, *;q=0')).toBe(false)
    expect(acceptsGzip('identity')).toBe(false)
    expect(acceptsGzip(undefined)).toBe(false)
  })
})
