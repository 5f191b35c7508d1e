import { describe, expect, it } from 'vitest'

import { lexicalToPlainText } from './lexicalText'

const p = (...texts: string[]) => ({ type: 'paragraph', children: texts.map((text) => ({ type: 'text', text })) })

describe('lexicalToPlainText', () => {
  it('should keep the words and put each block on its own line', () => {
    const doc = {
      root: {
        type: 'root',
        children: [
          p('PALEMBANG — Bidhumas ', 'menggelar workshop.'),
          { type: 'quote', children: [{ type: 'text', text: 'Cepat dan akurat.' }] },
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'Satu' }] }, { type: 'listitem', children: [{ type: 'text', text: 'Dua' }] }] },
        ],
      },
    }
    expect(lexicalToPlainText(doc)).toBe('PALEMBANG — Bidhumas menggelar workshop.\nCepat dan akurat.\nSatu\nDua')
  })

  it('should give an empty string for anything that is not a document', () => {
    for (const value of [null, undefined, 'teks', 42, {}, { root: null }]) expect(lexicalToPlainText(value)).toBe('')
  })
})
