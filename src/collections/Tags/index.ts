import type { CollectionConfig } from 'payload'

import { anyone, isAdmin, isStaff } from '@/access/roles'
import { revalidateTaxonomy } from '@/cache/revalidateHooks'
import { COLLECTIONS } from '@/constants/collections'
import { slugField } from '@/fields/slug'
import { groupLabel, label } from '@/i18n/label'

export const Tags: CollectionConfig<'tags'> = {
  slug: COLLECTIONS.tags,
  labels: { singular: label('Tag', 'Tag'), plural: label('Tag', 'Tags') },
  // Writers may add a tag while writing; renaming or removing one is an admin's call.
  access: { read: anyone, create: isStaff, update: isAdmin, delete: isAdmin },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: groupLabel('Klasifikasi', 'Taxonomy') },
  defaultSort: 'name',
  hooks: { afterChange: [revalidateTaxonomy], afterDelete: [revalidateTaxonomy] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 60, label: label('Nama', 'Name') },
    slugField({ collection: COLLECTIONS.tags, from: 'name' }),
  ],
}
