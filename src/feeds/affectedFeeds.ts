import { activityTypePath, feedPaths, tagPath, unitPath } from '@/constants/routes'

type ID = number | string
export type Taxonomy = { unit: ID | null; activityType: ID | null; tags: ID[] }
export type Slugs = { units: { id: ID; slug: string; parent: ID | null }[]; activityTypes: { id: ID; slug: string }[]; tags: { id: ID; slug: string }[] }

/**
 * Every feed a report appears in: the site's, its unit's and every unit above (unit feeds include the
 * units below), its activity type's and each tag's, for what it was and what it is now. Pure.
 */
export const affectedFeedPaths = (versions: Taxonomy[], slugs: Slugs): string[] => {
  const bases = new Set<string>(['/'])
  const units = new Map(slugs.units.map((u) => [String(u.id), u]))
  for (const version of versions) {
    for (let id = version.unit === null ? undefined : String(version.unit), seen = 0; id !== undefined && seen < 10; seen++) {
      const unit = units.get(id)
      if (!unit) break
      bases.add(unitPath(unit.slug))
      id = unit.parent === null ? undefined : String(unit.parent)
    }
    const type = slugs.activityTypes.find((t) => String(t.id) === String(version.activityType))
    if (type) bases.add(activityTypePath(type.slug))
    for (const tagId of version.tags) {
      const tag = slugs.tags.find((t) => String(t.id) === String(tagId))
      if (tag) bases.add(tagPath(tag.slug))
    }
  }
  return [...bases].flatMap((base) => Object.values(feedPaths(base)))
}
