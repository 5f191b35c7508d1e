import { describe, expect, it } from 'vitest'

import { affectedFeedPaths } from './affectedFeeds'

const slugs = {
  units: [
    { id: 1, slug: 'divhumas-polri', parent: null },
    { id: 2, slug: 'polda-sumsel', parent: 1 },
    { id: 3, slug: 'polrestabes-palembang', parent: 2 },
    { id: 4, slug: 'polda-sulsel', parent: 1 },
  ],
  activityTypes: [{ id: 7, slug: 'rakor' }],
  tags: [{ id: 9, slug: 'kamtibmas' }, { id: 10, slug: 'pemilu' }],
}

describe('affectedFeedPaths', () => {
  it('should name the site feed, the unit and every unit above, the type and the tags, in three formats', () => {
    const paths = affectedFeedPaths([{ unit: 3, activityType: 7, tags: [9] }], slugs)
    expect(paths).toEqual(
      ['/', '/unit/polrestabes-palembang', '/unit/polda-sumsel', '/unit/divhumas-polri', '/kategori/rakor', '/tag/kamtibmas'].flatMap((base) => {
        const root = base === '/' ? '' : base
        return [`${root}/feed.xml`, `${root}/atom.xml`, `${root}/feed.json`]
      }),
    )
    expect(paths).not.toContain('/unit/polda-sulsel/feed.xml')
  })

  it('should include the feeds the old version was in', () => {
    const paths = affectedFeedPaths([{ unit: 3, activityType: 7, tags: [9] }, { unit: 3, activityType: 7, tags: [10] }], slugs)
    expect(paths).toContain('/tag/pemilu/feed.xml')
    expect(paths).toContain('/tag/kamtibmas/atom.xml')
  })
})
