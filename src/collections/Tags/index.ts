import type { CollectionConfig } from 'payload'

import { isAdmin, isStaff } from '@/access/roles'
import { revalidateTaxonomy } from '@/cache/revalidateHooks'
import { COLLECTIONS } from '@/constants/collections'
import { slugField } from '@/fields/slug'
import { groupLabel, label } from '@/i18n/label'

import { keepPublicFlag } from './keepPublicFlag'
import { readTags } from './readTags'

export const Tags: CollectionConfig<'tags'> = {
  slug: COLLECTIONS.tags,
  labels: { singular: label('Tag', 'Tag'), plural: label('Tag', 'Tags') },
  // Writers may add a tag while writing; renaming or removing one is an admin's call.
  access: { read: readTags, create: isStaff, update: isAdmin, delete: isAdmin },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: groupLabel('Klasifikasi', 'Taxonomy') },
  defaultSort: 'name',
  hooks: { beforeChange: [keepPublicFlag], afterChange: [revalidateTaxonomy], afterDelete: [revalidateTaxonomy] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 60, label: label('Nama', 'Name') },
    slugField({ collection: COLLECTIONS.tags, from: 'name' }),
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('Dipakai berita terbit', 'Carried by a published report'),
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}
