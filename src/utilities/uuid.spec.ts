import { describe, expect, it } from 'vitest'

import { reportGuid, uuidV5 } from './uuid'

describe('uuidV5', () => {
  it('should match the RFC 9562 example (www.example.com in the DNS namespace)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
  })

  it('should give each report one stable guid that is not a bare number', () => {
    expect(reportGuid(17)).toBe(reportGuid(17))
    expect(reportGuid(17)).not.toBe(reportGuid(18))
    expect(reportGuid(17)).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
