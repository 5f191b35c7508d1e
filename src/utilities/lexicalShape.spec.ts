import { describe, expect, it } from 'vitest'

import { lexicalShapeProblem, MAX_BODY_BYTES, MAX_BODY_DEPTH } from './lexicalShape'

const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const doc = (...children: unknown[]) => ({ root: { type: 'root', children } })
const nested = (levels: number): unknown => (levels === 0 ? text('x') : { type: 'list', children: [nested(levels - 1)] })

describe('lexicalShapeProblem', () => {
  it('should pass an empty body and an ordinary one', () => {
    expect(lexicalShapeProblem(null)).toBeNull()
    expect(lexicalShapeProblem(doc({ type: 'paragraph', children: [text('PALEMBANG — Isi.')] }))).toBeNull()
    expect(lexicalShapeProblem(doc(nested(MAX_BODY_DEPTH - 2)))).toBeNull()
  })

  it('should name a body that is not a document, nested too deep, or too large', () => {
    expect(lexicalShapeProblem('teks')).toMatch(/dokumen/)
    expect(lexicalShapeProblem({ root: null })).toMatch(/dokumen/)
    expect(lexicalShapeProblem(doc(nested(MAX_BODY_DEPTH)))).toMatch(/terlalu dalam/)
    expect(lexicalShapeProblem(doc({ type: 'paragraph', children: [text('x'.repeat(MAX_BODY_BYTES))] }))).toMatch(/terlalu panjang/)
  })

  it('should walk 100,000 levels without exhausting the stack', () => {
    let node: unknown = text('x')
    for (let i = 0; i < 100_000; i++) node = { type: 'list', children: [node] }
    expect(lexicalShapeProblem({ root: node })).toMatch(/terlalu dalam/)
  })
})
