import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { SeedBlock } from './data/reports'

const text = (value: string) => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})

const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const blockNode = (block: SeedBlock) => {
  switch (block.type) {
    case 'paragraph':
      return element('paragraph', [text(block.text)], { textFormat: 0, textStyle: '' })
    case 'heading':
      return element('heading', [text(block.text)], { tag: 'h2' })
    case 'quote':
      return element('quote', [text(block.text)])
    case 'list':
      return element(
        'list',
        block.items.map((item, index) => element('listitem', [text(item)], { value: index + 1 })),
        { listType: block.ordered ? 'number' : 'bullet', start: 1, tag: block.ordered ? 'ol' : 'ul' },
      )
  }
}

/** Lexical editor state for a list of plain blocks. */
export const toLexical = (blocks: SeedBlock[]): SerializedEditorState =>
  ({ root: element('root', blocks.map(blockNode)) }) as unknown as SerializedEditorState
