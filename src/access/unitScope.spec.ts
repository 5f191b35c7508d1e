import { describe, expect, it } from 'vitest'

import { subtreeIds } from './unitScope'

const tree = [
  { id: 1, parent: null },
  { id: 2, parent: 1 },
  { id: 3, parent: { id: 2 } },
  { id: 4, parent: 3 },
  { id: 5, parent: 1 },
  { id: 6, parent: 5 },
]

describe('subtreeIds', () => {
  it('should include the unit and every unit below it', () => {
    expect(subtreeIds(tree, 2).sort()).toEqual([2, 3, 4])
    expect(subtreeIds(tree, 1).sort()).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('should not include units sideways or above', () => {
    expect(subtreeIds(tree, 5)).toEqual([5, 6])
    expect(subtreeIds(tree, 4)).toEqual([4])
  })
})
