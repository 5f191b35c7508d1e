import { ACTIVITY_ALIASES } from './activityAliases'
import type { ActivityTypeTerm } from './types'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const phrase = (words: string) => words.trim().split(/[\s-]+/).map(escape).join('[\\s-]+')

type Matcher = { term: ActivityTypeTerm; pattern: RegExp }

const cache = new WeakMap<ActivityTypeTerm[], Matcher[]>()

const matchers = (terms: ActivityTypeTerm[]): Matcher[] => {
  let found = cache.get(terms)
  if (!found) {
    found = terms.map((term) => {
      const names = [term.name, term.slug, ...(ACTIVITY_ALIASES[term.slug] ?? [])]
      const alternation = [...new Set(names.map(phrase))].sort((a, b) => b.length - a.length).join('|')
      return { term, pattern: new RegExp(`(?<![\\p{L}\\d])(?:${alternation})(?![\\p{L}\\d])`, 'iu') }
    })
    cache.set(terms, found)
  }
  return found
}

/**
 * The activity type a release is about: the kind named first in the headline, else in the lead,
 * else in the body. Null when none of the unit's kinds is named.
 */
export const readActivityType = (texts: string[], terms: ActivityTypeTerm[]): ActivityTypeTerm | null => {
  const all = matchers(terms)
  for (const text of texts) {
    let best: { term: ActivityTypeTerm; at: number; length: number } | null = null
    for (const { term, pattern } of all) {
      const match = pattern.exec(text)
      if (!match) continue
      if (!best || match.index < best.at || (match.index === best.at && match[0].length > best.length)) {
        best = { term, at: match.index, length: match[0].length }
      }
    }
    if (best) return best.term
  }
  return null
}
