import type { CollectionSlug, FieldHook, TextField } from 'payload'

import { label } from '@/i18n/label'
import { toSlug } from '@/utilities/toSlug'

type SlugOptions = { collection: CollectionSlug; from: string }

/** Appends -2, -3 ... until no other document of the collection holds the slug. */
const ensureUniqueSlug =
  ({ collection, from }: SlugOptions): FieldHook =>
  async ({ data, originalDoc, req, value }) => {
    const source = typeof value === 'string' && value.trim() ? value : data?.[from]
    if (typeof source !== 'string' || !source.trim()) return value
    const base = toSlug(source)
    const ownId = originalDoc?.id
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}-${n}`
      // Uniqueness is global, so the check must see every document, not just those the user may read.
      const { totalDocs } = await req.payload.count({
        collection,
        overrideAccess: true,
        req,
        where: {
          and: [
            // A report's earlier slugs keep redirecting to it, so nothing else may take them.
            collection === 'reports' ? { or: [{ slug: { equals: candidate } }, { previousSlugs: { in: [candidate] } }] } : { slug: { equals: candidate } },
            ...(ownId !== undefined ? [{ id: { not_equals: ownId } }] : []),
          ],
        },
      })
      if (totalDocs === 0) return candidate
    }
  }

/** A unique, readable slug generated from `from` when left empty, normalised when typed. */
export const slugField = (options: SlugOptions): TextField => ({
  name: 'slug',
  type: 'text',
  index: true,
  unique: true,
  label: label('Slug (alamat URL)', 'Slug (URL)'),
  admin: {
    description: label(
      'Dibuat otomatis dari judul bila dikosongkan.',
      'Generated from the title when left empty.',
    ),
    position: 'sidebar',
  },
  hooks: { beforeValidate: [ensureUniqueSlug(options)] },
})
