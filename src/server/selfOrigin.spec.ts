import { describe, expect, it } from 'vitest'

import { selfOrigin } from './selfOrigin.mjs'

describe('selfOrigin', () => {
  it('should reach the server on loopback when it listens on every interface', () => {
    expect(selfOrigin(3000, undefined)).toBe('http://127.0.0.1:3000')
    expect(selfOrigin(3000, '0.0.0.0')).toBe('http://127.0.0.1:3000')
    expect(selfOrigin(3000, '::')).toBe('http://127.0.0.1:3000')
  })

  it('should reach the server on the one address it listens on', () => {
    expect(selfOrigin(3101, '10.0.0.11')).toBe('http://10.0.0.11:3101')
    expect(selfOrigin(3101, 'fd00::11')).toBe('http://[fd00::11]:3101')
  })
})
