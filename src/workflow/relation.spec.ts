import { describe, expect, it } from 'vitest'

import { ancestry, relationOf } from './relation'

// HQ(1) -> Polda Sumsel(2) -> Polrestabes Palembang(3) -> Polsek Ilir Timur(4); HQ -> Polda Sulsel(5) -> Polrestabes Makassar(6)
const tree = [
  { id: 1, parent: null },
  { id: 2, parent: 1 },
  { id: 3, parent: { id: 2 } },
  { id: 4, parent: 3 },
  { id: 5, parent: 1 },
  { id: 6, parent: 5 },
]

describe('relationOf', () => {
  it.each([
    [2, 2, 'own'],
    [2, 3, 'below'],
    [2, 4, 'below'],
    [1, 6, 'below'],
    [3, 2, 'above'],
    [4, 1, 'above'],
    [2, 5, 'sideways'],
    [3, 6, 'sideways'],
    [4, 3 + 2, 'sideways'],
  ] as const)('should see unit %s -> report of unit %s as %s', (actor, report, relation) => {
    expect(relationOf(tree, actor, report)).toBe(relation)
  })

  it('should treat a missing unit as sideways', () => {
    expect(relationOf(tree, null, 2)).toBe('sideways')
    expect(relationOf(tree, 2, undefined)).toBe('sideways')
  })

  it('should stop on a cycle instead of looping', () => {
    const cyclic = [{ id: 1, parent: 2 }, { id: 2, parent: 1 }, { id: 3, parent: null }]
    expect(ancestry(cyclic, 1)).toEqual(['1', '2'])
    expect(relationOf(cyclic, 3, 1)).toBe('sideways')
  })
})
