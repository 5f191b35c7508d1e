import { describe, expect, it } from 'vitest'

import { clientAddress, normaliseAddress, trustedProxyHops } from './clientAddress'

const headers = (values: Record<string, string>) => new Headers(values)

describe('client address for per-address limits', () => {
  it('should take the right-most X-Forwarded-For entry by default: what Next or the one proxy saw', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.7' }), 1)).toBe('203.0.113.7')
    // A client that writes its own header cannot choose the entry the proxy appended.
    expect(clientAddress(headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' }), 1)).toBe('203.0.113.7')
  })

  it('should take the N-th entry from the right behind N trusted proxies', () => {
    const chain = headers({ 'x-forwarded-for': '6.6.6.6, 198.51.100.4, 10.0.0.2' })
    expect(clientAddress(chain, 2)).toBe('198.51.100.4')
    expect(clientAddress(chain, 3)).toBe('6.6.6.6')
    expect(clientAddress(chain, 9)).toBe('6.6.6.6')
  })

  it('should fall back to X-Real-IP, then to "unknown"', () => {
    expect(clientAddress(headers({ 'x-real-ip': '198.51.100.9' }), 1)).toBe('198.51.100.9')
    expect(clientAddress(headers({}), 1)).toBe('unknown')
    expect(clientAddress(headers({ 'x-forwarded-for': ' , ' }), 1)).toBe('unknown')
  })

  it('should read TRUSTED_PROXY as a hop count, 1 when unset or unreadable', () => {
    expect(trustedProxyHops(undefined)).toBe(1)
    expect(trustedProxyHops('true')).toBe(1)
    expect(trustedProxyHops('2')).toBe(2)
    expect(trustedProxyHops('0')).toBe(1)
    expect(trustedProxyHops('many')).toBe(1)
  })

  it('should normalise ports, brackets, mapped IPv4 and zone ids', () => {
    expect(normaliseAddress('203.0.113.7:51234')).toBe('203.0.113.7')
    expect(normaliseAddress('::ffff:203.0.113.7')).toBe('203.0.113.7')
    expect(normaliseAddress('[2001:db8::1]:443')).toBe('2001:db8:0:0::/64')
    expect(normaliseAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
  })

  it('should key IPv6 by /64, so one subscriber cannot rotate through its own addresses', () => {
    expect(normaliseAddress('2001:db8:aa:bb:1::1')).toBe(normaliseAddress('2001:0db8:00aa:00bb:ffff:1:2:3'))
    expect(normaliseAddress('2001:db8:aa:bb::1')).not.toBe(normaliseAddress('2001:db8:aa:bc::1'))
    expect(normaliseAddress('::1')).toBe('0:0:0:0::/64')
  })

  it('should put every value that is not an address under one key', () => {
    expect(normaliseAddress('unknown')).toBe('invalid')
    expect(normaliseAddress('<script>')).toBe('invalid')
    expect(normaliseAddress('999.1.1.1')).toBe('invalid')
  })
})
