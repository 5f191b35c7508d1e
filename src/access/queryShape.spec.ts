import { describe, expect, it } from 'vitest'

import { whereProblem } from './queryShape'

const opaque = new Set(['body'])

describe('whereProblem', () => {
  it('should pass the filters the site, the admin and the API use', () => {
    for (const where of [
      { title: { like: "')--" } },
      { and: [{ unit: { in: [1, 2, 3] } }, { publishedAt: { greater_than_equal: '2026-11-30T00:00:00.000Z' } }] },
      { or: { 0: { state: { equals: 'published' } }, 1: { id: { not_in: '4,5' } } } },
      { searchText: { exists: true } },
      { 'unit.name': { like: 'Polda' } },
      { id: { in: { 0: '1', 1: '2' } } },
    ]) {
      expect(whereProblem(where, opaque), JSON.stringify(where)).toBeNull()
    }
  })

  it('should name what is wrong with the shapes that reach the adapter as a 500', () => {
    expect(whereProblem({ title: { equals: { $gt: '' } } }, opaque)).toMatch(/satu nilai/)
    expect(whereProblem({ id: { in: ['1', { $gt: '' }] } }, opaque)).toMatch(/daftar nilai/)
    expect(whereProblem({ title: { near: '1,2' } }, opaque)).toMatch(/near/)
    expect(whereProblem({ 'body.root.children': { like: 'x' } }, opaque)).toMatch(/body/)
    expect(whereProblem({ or: 'x' }, opaque)).toMatch(/daftar/)
    expect(whereProblem('x', opaque)).toMatch(/objek/)
    let deep: Record<string, unknown> = { title: { equals: 'x' } }
    for (let i = 0; i < 12; i++) deep = { and: [deep] }
    expect(whereProblem(deep, opaque)).toMatch(/terlalu dalam/)
  })
})
