import { sameText } from './title'

export const SUMMARY_MIN = 50
export const SUMMARY_MAX = 300

/** Sentences, split where a sentence ends and the next begins with a capital or a quote. */
const sentences = (text: string) => text.split(/(?<=[.!?]["”]?)\s+(?=["“]?\p{Lu})/u)

/**
 * The summary: the lead's first sentences (the headline repeated aside) up to 300 characters (at least 50 when the paragraphs
 * after it allow); a first sentence longer than the limit is cut at a word, marked with an ellipsis.
 */
export const makeSummary = (paragraphs: string[], title: string): { summary: string; shortened: boolean } => {
  let summary = ''
  for (const sentence of paragraphs.flatMap(sentences)) {
    // A lead that opens by repeating the headline: the summary starts after it.
    if (!summary && sameText(sentence, title)) continue
    const next = summary ? `${summary} ${sentence}` : sentence
    if (next.length > SUMMARY_MAX) {
      if (summary.length >= SUMMARY_MIN) return { summary, shortened: false }
      const cut = next.slice(0, SUMMARY_MAX - 1).replace(/[\s,;:]+\S*$/u, '')
      return { summary: `${cut}…`, shortened: true }
    }
    summary = next
    if (summary.length >= SUMMARY_MIN && /[.!?]["”]?$/u.test(summary)) break
  }
  return { summary, shortened: false }
}
