type Node = { type?: unknown; text?: unknown; children?: unknown }

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'root'])

/** The words of a Lexical document as plain text, blocks on their own lines. Pure. */
export const lexicalToPlainText = (value: unknown): string => {
  const out: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { type, text, children } = node as Node
    if (typeof text === 'string') out.push(text)
    if (type === 'linebreak') out.push('\n')
    if (Array.isArray(children)) children.forEach(walk)
    if (typeof type === 'string' && BLOCKS.has(type)) out.push('\n')
  }
  walk((value as { root?: unknown } | null)?.root)
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim()
}
