import { chromeKind } from './chromePatterns'

/** How many list items may follow a "Baca juga" or "Tags" heading. */
const LIST_MAX = 12

/** A line in a list of other stories or tags: short, and not ending a sentence. */
const looksLikeListItem = (line: string) => line.length <= 160 && !/[.!?:"”]$/u.test(line) && !/^\d+[.)]\s/u.test(line)

/** An aside a site writes inside a paragraph ("... kata Kapolres. Baca juga: ..."). */
const INLINE = /\s+(?:Baca\s+juga|Simak\s+juga|Baca\s+pula)\s*:.*$/iu

export type ChromeVerdict = { chrome: true; kind: string } | { chrome: false; text: string; cut: string | null }

/**
 * A reader of lines in order that says which are site chrome. It keeps state: after a "Baca juga"
 * or "Tags" heading standing alone, the short lines that follow are the list it introduces.
 */
export const chromeReader = () => {
  let listLeft = 0
  return (line: string, knownChrome?: string): ChromeVerdict => {
    if (knownChrome) return { chrome: true, kind: knownChrome }
    if (line === '') {
      listLeft = 0
      return { chrome: false, text: line, cut: null }
    }
    const pattern = chromeKind(line)
    if (pattern) {
      const tail = pattern.pattern.exec(line)?.groups?.tail?.trim()
      listLeft = pattern.list && !tail ? LIST_MAX : 0
      return { chrome: true, kind: pattern.name }
    }
    if (listLeft > 0 && looksLikeListItem(line)) {
      listLeft -= 1
      return { chrome: true, kind: 'list' }
    }
    listLeft = 0
    const inline = INLINE.exec(line)
    if (inline && inline.index > 0) return { chrome: false, text: line.slice(0, inline.index), cut: inline[0].trim() }
    return { chrome: false, text: line, cut: null }
  }
}
