import { editDistance } from './editDistance'
import type { OfficialMention } from './officials'
import type { Official } from './types'

const words = (name: string) => name.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').split(/\s+/).filter(Boolean)

/** Whether two names are one person's written in full and short ("Heru Yulianto", "Heru"). */
export const isShortForm = (a: string, b: string): boolean => {
  const [short, long] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)]
  return short.length > 0 && short.every((word) => long.includes(word))
}

/** Whether two names differ by a slip of the keyboard ("Surisman", "Surismen"; "Yan Fitri", "Yanfitri"). */
export const isVariantSpelling = (a: string, b: string): boolean => {
  const x = words(a).join('')
  const y = words(b).join('')
  if (x === y) return words(a).join(' ') !== words(b).join(' ')
  return Math.min(x.length, y.length) >= 5 && editDistance(x, y, 2) <= (Math.min(x.length, y.length) >= 8 ? 2 : 1)
}

/** Whether two mentions name one person: the same name, a short form with the same rank, or a slip. */
export const samePerson = (a: { name: string; rank: string | null }, b: { name: string; rank: string | null }): boolean => {
  if (words(a.name).join(' ') === words(b.name).join(' ')) return true
  const ranksAgree = !a.rank || !b.rank || a.rank === b.rank
  return ranksAgree && (isShortForm(a.name, b.name) || isVariantSpelling(a.name, b.name))
}

/** The officials of a release, each person once: the fullest name, the commonest rank, every degree, the first position. */
export const mergeOfficials = (mentions: OfficialMention[]): Official[] => {
  const groups: OfficialMention[][] = []
  for (const mention of mentions) {
    const group = groups.find((members) => members.some((member) => samePerson(member, mention)))
    if (group) group.push(mention)
    else groups.push([mention])
  }
  return groups.map((members) => {
    const count = (value: string) => members.filter((member) => member.rank === value || member.name === value).length
    const ranks = [...new Set(members.map((member) => member.rank))].sort((a, b) => count(b) - count(a))
    const names = [...new Set(members.map((member) => member.name))].sort(
      (a, b) => words(b).length - words(a).length || count(b) - count(a),
    )
    return {
      rank: ranks[0] ?? null,
      name: names[0] ?? '',
      degrees: [...new Set(members.flatMap((member) => member.degrees))],
      position: members.find((member) => member.position)?.position ?? null,
    }
  })
}
