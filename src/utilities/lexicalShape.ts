/** How deep a report body's nodes may nest (a list five levels deep is 12) and how large it may be. */
export const MAX_BODY_DEPTH = 32
export const MAX_BODY_BYTES = 256 * 1024

/**
 * What is wrong with the shape of a Lexical document, in words for the writer, or null. Walked
 * without recursion, so no input can exhaust the stack here, and checked before anything else walks
 * it (Payload's and Lexical's own hooks recurse). Pure.
 */
export const lexicalShapeProblem = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  if (typeof value !== 'object' || Array.isArray(value) || !('root' in value) || typeof value.root !== 'object' || value.root === null) {
    return 'isi berita harus berupa dokumen editor'
  }
  const stack: { node: unknown; depth: number }[] = [{ node: value.root, depth: 1 }]
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!
    if (depth > MAX_BODY_DEPTH) return `isi berita bersarang terlalu dalam (lebih dari ${MAX_BODY_DEPTH} tingkat)`
    const children = node && typeof node === 'object' ? (node as { children?: unknown }).children : undefined
    if (Array.isArray(children)) for (const child of children) stack.push({ node: child, depth: depth + 1 })
  }
  if (Buffer.byteLength(JSON.stringify(value)) > MAX_BODY_BYTES) return `isi berita terlalu panjang (lebih dari ${MAX_BODY_BYTES / 1024} KB)`
  return null
}
