/**
 * Every text the model writes carries a token of its own ("zq" and five letters or digits), so that
 * any public answer can be searched for text that was never approved: a token found in a public
 * answer must be one the model expects to be public at that moment.
 */
const PATTERN = /zq[0-9a-z]{5}/gi

export const tokenAt = (n: number): string => `zq${n.toString(36).padStart(5, '0')}`

/** The model's tokens in a text, lower-case. */
export const tokensIn = (text: string): string[] => (text.match(PATTERN) ?? []).map((t) => t.toLowerCase())

/** Tokens found in `texts` that are not in `allowed`, each with where it was found. */
export const leakedTokens = (texts: { where: string; text: string }[], allowed: ReadonlySet<string>): string[] =>
  texts.flatMap(({ where, text }) => [...new Set(tokensIn(text))].filter((t) => !allowed.has(t)).map((t) => `${t} in ${where}`))
