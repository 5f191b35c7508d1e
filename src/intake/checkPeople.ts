import { isStandardDegreeForm, standardDegree } from './degrees'
import { excerptAround } from './excerpt'
import { findOfficialMentions, type OfficialMention } from './officials'
import { isVariantSpelling } from './people'
import { POSITION_FORMS } from './positions'
import { isStandardRankForm, standardRank } from './ranks'
import type { Check, CheckedText, CheckField } from './types'

type Named = { rank: string | null; name: string; field: CheckField; excerpt: string }

const sameWords = (a: string, b: string) => a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ')

/** One person written two ways in the report: the same name with two ranks, or a name with a slip. */
export const checkPersonVariants = (mentions: Named[]): Check[] => {
  const checks: Check[] = []
  const reported = new Set<string>()
  for (const [index, a] of mentions.entries()) {
    for (const b of mentions.slice(index + 1)) {
      const twoRanks = sameWords(a.name, b.name) && a.rank && b.rank && a.rank !== b.rank
      const slip = !sameWords(a.name, b.name) && isVariantSpelling(a.name, b.name)
      if (!twoRanks && !slip) continue
      const key = [`${a.rank} ${a.name}`, `${b.rank} ${b.name}`].sort().join('|')
      if (reported.has(key)) continue
      reported.add(key)
      checks.push({
        code: 'PERSON_WRITTEN_TWO_WAYS',
        severity: 'warning',
        message: twoRanks
          ? `${a.name} ditulis dengan dua pangkat: "${a.rank}" dan "${b.rank}". Samakan penulisannya.`
          : `Satu orang tampaknya ditulis dua cara: "${a.name}" dan "${b.name}". Samakan penulisannya.`,
        field: b.field,
        excerpt: b.excerpt,
      })
    }
  }
  return checks
}

/** Ranks, degrees and positions written in a non-standard form, each with the standard one. */
export const checkStandardForms = (texts: CheckedText[], mentions: (OfficialMention & { field: CheckField; source: string })[]): Check[] => {
  const checks: Check[] = []
  const seen = new Set<string>()
  const add = (code: string, written: string, standard: string, what: string, field: CheckField, excerpt: string) => {
    if (seen.has(`${code}|${written}`)) return
    seen.add(`${code}|${written}`)
    checks.push({ code, severity: 'warning', message: `${what} "${written}" sebaiknya ditulis "${standard}".`, field, excerpt })
  }
  for (const mention of mentions) {
    const excerpt = excerptAround(mention.source, mention.start, mention.end, 20)
    if (!isStandardRankForm(mention.rankWritten)) add('NONSTANDARD_RANK', mention.rankWritten, standardRank(mention.rankWritten) ?? mention.rank, 'Pangkat', mention.field, excerpt)
    for (const degree of mention.degreesWritten) {
      const standard = standardDegree(degree)
      if (standard && !isStandardDegreeForm(degree)) add('NONSTANDARD_DEGREE', degree.replace(/,$/, ''), standard, 'Gelar', mention.field, excerpt)
    }
  }
  for (const { field, text } of texts) {
    for (const { pattern, standard } of POSITION_FORMS) {
      for (const match of text.matchAll(pattern)) {
        add('NONSTANDARD_POSITION', match[0], standard, 'Jabatan', field, excerptAround(text, match.index, match.index + match[0].length, 20))
      }
    }
  }
  return checks
}

/** Every official named in the texts, with where they were named. */
export const mentionsIn = (texts: CheckedText[]) =>
  texts.flatMap(({ field, text }) => findOfficialMentions(text).map((mention) => ({ ...mention, field, source: text })))
