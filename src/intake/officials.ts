import { POST_DEGREE_SOURCE, PRE_DEGREE_SOURCE, standardDegree } from './degrees'
import { NAME_STOPS } from './nameStops'
import { POSITION_HEAD_SOURCE } from './positions'
import { RANK_SOURCE, standardRank, type Rank } from './ranks'

/** One naming of an official in a text, with each part as written and in its standard form. */
export type OfficialMention = {
  rank: Rank
  rankWritten: string
  name: string
  degrees: string[]
  degreesWritten: string[]
  position: string | null
  start: number
  end: number
  text: string
}

/** How far after a rank its name, degrees and position are read, and how far before it a position. */
const AHEAD = 300
const BEHIND = 160
const RANK = new RegExp(RANK_SOURCE, 'giu')
const RANK_AT = new RegExp(`^\\s*${RANK_SOURCE}`, 'iu')
const POL_SUFFIX = /^\s*Pol(?:isi)?\.?(?![\p{L}])/u
const PRE = new RegExp(`^\\s*(${PRE_DEGREE_SOURCE})\\s*,?`, 'u')
const POST = new RegExp(`^\\s*,?\\s*(${POST_DEGREE_SOURCE})`, 'u')
const HEADS = new RegExp(POSITION_HEAD_SOURCE, 'gu')
const HEAD_AT = new RegExp(`^(?:${POSITION_HEAD_SOURCE})`, 'u')
const TOKEN = /^\s+([\p{Lu}][\p{L}'’-]*\.?)(,?)/u
const FIRST_TOKEN = /^\s*([\p{Lu}][\p{L}'’-]*\.?)(,?)/u
const STREET_BEFORE = /(?:\bjalan|\bjl|\bjln)\.?\s*$/iu
const NOT_POLICE_AFTER = /^\s*(?:TNI|AD|AL|AU)\b/u
/** "Jenderal" alone is also "Direktorat Jenderal", "Jenderal Sudirman" (a street). */
const JENDERAL_BEFORE = /\b(?:direktorat|inspektorat|sekretariat|sekretaris|direktur|inspektur|jaksa|panglima(?:\s+besar)?)\s*$/iu
const JENDERAL_AFTER = /^\s*(?:Sudirman|Soedirman|Ahmad\s+Yani|A\.\s?Yani|Gatot\s+Subroto|Basuki\s+Rahmat|Urip)\b/u
const VERB_PREFIX = /^(?:Mem|Meng|Meny|Men)[a-z]{4,}$/u
/** Words that end a name but carry on a position ("Kasubbid Penmas Bidhumas Polda Sumsel"). */
const UNIT_WORD = /^(?:polda|polres|polresta|polrestabes|polsek|polri|mabes|bidhumas|divhumas|humas|div|divisi|sat\p{L}*|kabupaten|kota|provinsi|subbag|subbid|bag|bid|biro)\.?$/iu

const isStop = (token: string) => {
  const word = token.replace(/[.,]$/, '')
  return NAME_STOPS.has(word.toLowerCase()) || HEAD_AT.test(word) || VERB_PREFIX.test(word) || standardRank(word) !== null
}

const titleCase = (name: string) =>
  name === name.toUpperCase() && /\p{Lu}{3}/u.test(name)
    ? name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    : name

/** The name after a rank: up to five capitalised words, ending at a comma, a degree or a stop word. */
const readName = (text: string): { name: string; length: number } | null => {
  const tokens: string[] = []
  let at = 0
  while (tokens.length < 5) {
    const match = (tokens.length ? TOKEN : FIRST_TOKEN).exec(text.slice(at))
    if (!match) break
    const token = match[1] ?? ''
    if (isStop(token) || standardDegree(token) !== null) break
    const initial = /^\p{Lu}[\p{Ll}]{0,2}\.$/u.test(token)
    if (token.endsWith('.') && !initial) {
      // The name ends a sentence: the dot is the sentence's.
      tokens.push(token.slice(0, -1))
      at += match[0].length - 1 - (match[2] ? 1 : 0)
      break
    }
    tokens.push(token)
    at += match[0].length
    if (match[2]) {
      at -= 1
      break
    }
  }
  if (!tokens.length) return null
  const last = tokens.length - 1
  if (/^\p{L}{3,}\.$/u.test(tokens[last] ?? '')) tokens[last] = (tokens[last] ?? '').slice(0, -1)
  return { name: titleCase(tokens.join(' ')), length: at }
}

/** A position from a head ("Kapolres", "Kabid Humas") through its unit's words; `toRank` when a rank follows. */
const readPosition = (text: string): { position: string; length: number; toRank: boolean } | null => {
  const head = HEAD_AT.exec(text)
  if (!head) return null
  let at = head[0].length
  let toRank = false
  for (let words = 0; words < 6; words += 1) {
    const rest = text.slice(at)
    if (RANK_AT.test(rest)) {
      toRank = true
      break
    }
    const match = /^\s+([\p{Lu}\d][\p{L}\d'’-]*\.?)/u.exec(rest)
    const word = match?.[1]
    if (!match || !word || (isStop(word) && !UNIT_WORD.test(word))) break
    at += match[0].length
    if (word.endsWith('.') && word.length > 4) break
  }
  if (RANK_AT.test(text.slice(at))) toRank = true
  return { position: text.slice(0, at).replace(/[.,]$/, '').trim(), length: at, toRank }
}

/** The position written just before a rank ("Kabid Humas Polda Sumsel Kombes Pol ..."), if any. */
const positionBefore = (window: string): { position: string; at: number } | null => {
  const heads = [...window.matchAll(HEADS)]
  for (const head of heads.reverse()) {
    const read = readPosition(window.slice(head.index))
    if (read && /^\s*,?\s*$/.test(window.slice(head.index + read.length))) return { position: read.position, at: head.index }
  }
  return null
}

/**
 * Every official named with a rank in a text, in order: "Kapolres Blora AKBP Surisman SIK. MH.",
 * "Kombes Pol Heru Yulianto, S.I.K., Kabag Diseminasi Div Humas Polri", "Brigadir Jenderal Yan
 * Fitri Halimansyah". People named without a rank (civil staff, guests) are not read.
 */
export const findOfficialMentions = (text: string): OfficialMention[] => {
  const mentions: OfficialMention[] = []
  let windowStart = 0
  for (const match of text.matchAll(RANK)) {
    const rankStart = match.index
    if (rankStart < windowStart) continue
    const before = text.slice(Math.max(0, rankStart - 30), rankStart)
    let after = text.slice(rankStart + match[0].length, rankStart + match[0].length + AHEAD)
    const rank = standardRank(match[0])
    if (!rank || STREET_BEFORE.test(before) || NOT_POLICE_AFTER.test(after)) continue
    if (rank === 'Jenderal Pol' && /^jenderal$/iu.test(match[0].trim()) && (JENDERAL_BEFORE.test(before) || JENDERAL_AFTER.test(after))) continue
    let at = rankStart + match[0].length
    let rankWritten = match[0]
    const suffix = POL_SUFFIX.exec(after)
    if (suffix && !/pol/i.test(match[0])) {
      rankWritten += suffix[0]
      at += suffix[0].length
      after = text.slice(at, at + AHEAD)
    }
    const degreesWritten: string[] = []
    for (let pre = PRE.exec(after); pre; pre = PRE.exec(after)) {
      degreesWritten.push((pre[1] ?? '').trim())
      at += pre[0].length
      after = text.slice(at, at + AHEAD)
    }
    const name = readName(after)
    if (!name) continue
    at += name.length
    after = text.slice(at, at + AHEAD)
    for (let post = POST.exec(after); post; post = POST.exec(after)) {
      const written = (post[1] ?? '').trim()
      if (standardDegree(written) === null) break
      degreesWritten.push(written)
      at += post[0].length
      after = text.slice(at, at + AHEAD)
    }
    let position: string | null = null
    let end = at
    const opener = /^\s*(?:,\s*|\s(?:selaku|sebagai|yang\s+juga\s+(?:menjabat\s+)?sebagai)\s+|\(\s*)/u.exec(after)
    if (opener) {
      const read = readPosition(after.slice(opener[0].length))
      if (read && !read.toRank) {
        position = read.position
        end = at + opener[0].length + read.length
      }
    }
    const from = Math.max(windowStart, rankStart - BEHIND)
    const pre = positionBefore(text.slice(from, rankStart))
    if (pre) position = pre.position
    const start = pre ? from + pre.at : rankStart
    mentions.push({
      rank,
      rankWritten: rankWritten.trim(),
      name: name.name,
      degrees: degreesWritten.map((degree) => standardDegree(degree) ?? degree),
      degreesWritten,
      position,
      start,
      end,
      text: text.slice(start, end).trim(),
    })
    windowStart = end
  }
  return mentions
}
