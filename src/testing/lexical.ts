type ID = number | string

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (value: string) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [text(value)] })
const photo = (id: ID | undefined, i: number) => ({ type: 'upload', version: 3, format: '', id: `foto-${i}`, fields: null, relationTo: 'media', value: id })

/** A Lexical document as the admin's editor saves it: paragraphs of text, then photos placed in it. */
export const lexicalDoc = (paragraphs: string[], photos: (ID | undefined)[] = []) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [...paragraphs.map(paragraph), ...photos.map(photo)] },
})
