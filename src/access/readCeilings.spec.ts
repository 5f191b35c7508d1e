import { describe, expect, it } from 'vitest'

import { ceilingProblem } from './readCeilings'

const code = (args: Parameters<typeof ceilingProblem>[0], admin = false) => ceilingProblem(args, admin)?.code ?? null

describe('ceilingProblem', () => {
  it('should pass reads within the ceiling, as REST and GraphQL send them', () => {
    expect(code({})).toBeNull()
    expect(code({ limit: 100, depth: 2 })).toBeNull()
    expect(code({ limit: '10', depth: '0', pagination: true })).toBeNull()
  })

  it('should refuse more than 100 documents, all of them, or a nonsense limit', () => {
    for (const limit of [101, '1000', 0, -1, 'abc', 1e9]) expect(code({ limit }), String(limit)).toBe('LIMIT_TOO_HIGH')
  })

  it('should refuse populating deeper than 2', () => {
    for (const depth of [3, '10', -1]) expect(code({ depth }), String(depth)).toBe('DEPTH_TOO_HIGH')
  })

  it('should let only administrators read a list unpaginated', () => {
    expect(code({ pagination: false })).toBe('PAGINATION_REQUIRED')
    expect(code({ pagination: 'false' })).toBe('PAGINATION_REQUIRED')
    expect(code({ pagination: false }, true)).toBeNull()
    expect(code({ limit: 5000 }, true)).toBe('LIMIT_TOO_HIGH')
  })
})
