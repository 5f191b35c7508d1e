import { postDegreeAt, preDegreeAt, standardDegree } from './degrees'
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
    // A degree written without its comma ends the name, whatever its dots ("Sianturi S.I.K M.H").
    if (tokens.length && postDegreeAt(text.slice(at))) break
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
    for (let pre = preDegreeAt(after); pre; pre = preDegreeAt(after)) {
      degreesWritten.push(pre.written)
      at += pre.length
      after = text.slice(at, at + AHEAD)
    }
    const name = readName(after)
    if (!name) continue
    at += name.length
    after = text.slice(at, at + AHEAD)
    for (let post = postDegreeAt(after); post; post = postDegreeAt(after)) {
      degreesWritten.push(post.written)
      at += post.length
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

/** A signature's rank line, under the signer's name: "KOMISARIS BESAR POLISI NRP 74030512", "AKBP / NRP. 7403". */
const SIGNATURE_RANK = new RegExp(`^\\s*(${RANK_SOURCE})(?:\\s+Pol(?:isi)?\\.?)?(?:[\\s,/|-]*(?:NRP|NIP)\\.?\\s*:?\\s*[\\d.\\s-]*)?$`, 'iu')

/**
 * The signer of a letter-style release, named on one line with the rank on the next (a Word
 * release's signature block: "MULIA NASUTION, S.I.K." over "KOMISARIS BESAR POLISI NRP 74030512"),
 * with the position on the line above the name when there is one. The name line must be a name and
 * degrees only; the number on the rank line (NRP, NIP) is never a name.
 */
export const findSignatureMentions = (lines: string[]): OfficialMention[] => {
  const mentions: OfficialMention[] = []
  for (const [index, line] of lines.entries()) {
    const rankLine = lines[index + 1]
    const rankMatch = rankLine === undefined || line.length > 120 ? null : SIGNATURE_RANK.exec(rankLine)
    const rank = rankMatch ? standardRank(rankMatch[1] ?? '') : null
    if (!rank || !rankLine) continue
    let at = 0
    const degreesWritten: string[] = []
    for (let pre = preDegreeAt(line); pre; pre = preDegreeAt(line.slice(at))) {
      degreesWritten.push(pre.written)
      at += pre.length
    }
    const name = readName(line.slice(at))
    if (!name) continue
    at += name.length
    for (let post = postDegreeAt(line.slice(at)); post; post = postDegreeAt(line.slice(at))) {
      degreesWritten.push(post.written)
      at += post.length
    }
    if (!/^[\s.,]*$/u.test(line.slice(at))) continue
    const above = lines[index - 1] ? titleCase(lines[index - 1] ?? '') : ''
    const read = readPosition(above)
    const position = read && read.length >= above.replace(/[\s.,:]+$/u, '').length ? read.position : null
    mentions.push({
      rank,
      rankWritten: (rankMatch?.[1] ?? '').trim(),
      name: name.name,
      degrees: degreesWritten.map((degree) => standardDegree(degree) ?? degree),
      degreesWritten,
      position,
      start: 0,
      end: line.length,
      text: `${line}\n${rankLine}`,
    })
  }
  return mentions
}
