import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { describe, expect, it } from 'vitest'

import { inIndonesian } from './label'

const ownFields = new Set(['id', 'createdAt', 'updatedAt', 'email', 'filename', 'filesize', 'width', 'height', 'mimeType', 'url', 'thumbnailURL', 'focalX', 'focalY'])
// An Indonesian label differs from its English one for nearly every field; a resolved label that is
// still a function's source or an object's "[object Object]" is not a label at all.
const isIndonesian = (text: string | undefined): boolean => Boolean(text && !text.includes('[object') && !text.includes('=>'))

type Tree = { [key: string]: string | Tree }

const leafKeys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}:`),
  )

const lookup = (tree: Tree, key: string): unknown =>
  key.split(':').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Tree)[part] : undefined), tree)

describe('Indonesian admin translations', () => {
  it('should have an Indonesian string for every key the admin, Lexical and plugins have in English', async () => {
    const { default: configPromise } = await import('@payload-config')
    const config = await configPromise
    const custom = config.i18n.translations as Record<string, Tree | undefined>
    const english = [...leafKeys(en.translations as unknown as Tree), ...leafKeys(custom.en ?? {})]
    const missing = english.filter((key) => {
      const value = lookup(custom.id ?? {}, key) ?? lookup(id.translations as unknown as Tree, key)
      return typeof value !== 'string' || value.trim() === ''
    })
    expect(missing).toEqual([])
    expect(english.length).toBeGreaterThan(500)
  })

  it('should label every collection and field in Indonesian', async () => {
    const { default: configPromise } = await import('@payload-config')
    const config = await configPromise
    const unlabelled: string[] = []
    type AnyField = { name?: string; type: string; label?: unknown; fields?: AnyField[]; hidden?: boolean; admin?: { hidden?: boolean; disabled?: boolean } }
    const visit = (collection: string, fields: AnyField[]) => {
      for (const field of fields) {
        // What the admin never shows needs no label.
        if (field.hidden || field.admin?.hidden || field.admin?.disabled) continue
        if (field.fields) visit(collection, field.fields)
        if (!field.name || field.name.startsWith('_') || field.type === 'ui') continue
        if (!field.label) unlabelled.push(`${collection}.${field.name}`)
        // Payload's own fields (createdAt, email ...) label themselves through its translated t().
        else if (!ownFields.has(field.name) && !isIndonesian(inIndonesian(field.label))) unlabelled.push(`${collection}.${field.name}`)
      }
    }
    for (const collection of config.collections) {
      if (collection.slug.startsWith('payload-')) continue
      if (!inIndonesian(collection.labels.singular) || !inIndonesian(collection.labels.plural)) unlabelled.push(collection.slug)
      visit(collection.slug, collection.fields as AnyField[])
    }
    expect(unlabelled).toEqual([])
  })
})
