import { describe, expect, it } from 'vitest'

import { bodyProblem, MAX_JSON_BYTES } from './requestBody'

const codeOf = (contentType: string | null, contentLength: string | null, methodOverride: string | null = null) => bodyProblem({ contentType, contentLength, methodOverride })?.code ?? null

describe('bodyProblem', () => {
  it('should accept JSON, multipart forms and a query sent as a form', () => {
    expect(codeOf('application/json', '120')).toBeNull()
    expect(codeOf('application/json; charset=utf-8', null)).toBeNull()
    expect(codeOf('multipart/form-data; boundary=x', String(5 * 1024 * 1024))).toBeNull()
    expect(codeOf('application/x-www-form-urlencoded', '80', 'GET')).toBeNull()
    expect(codeOf(null, '0')).toBeNull()
  })

  it('should refuse any other body with 415, and a form that is not a read', () => {
    for (const type of ['text/plain', 'application/xml', 'application/vnd.api+json', null]) expect(codeOf(type, '10'), String(type)).toBe('UNSUPPORTED_MEDIA_TYPE')
    expect(codeOf('application/x-www-form-urlencoded', '80')).toBe('UNSUPPORTED_MEDIA_TYPE')
  })

  it('should refuse a body over its limit with 413 from its length alone', () => {
    expect(codeOf('application/json', String(MAX_JSON_BYTES + 1))).toBe('PAYLOAD_TOO_LARGE')
    expect(codeOf('application/json', String(MAX_JSON_BYTES))).toBeNull()
    expect(codeOf('multipart/form-data; boundary=x', String(100 * 1024 * 1024))).toBe('PAYLOAD_TOO_LARGE')
  })
})
