import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '@/access/roles'
import { revalidateTaxonomy } from '@/cache/revalidateHooks'
import { COLLECTIONS } from '@/constants/collections'
import { slugField } from '@/fields/slug'
import { groupLabel, label } from '@/i18n/label'

import { refuseDeleteWhileUsed } from '../refuseDeleteWhileUsed'

/** An activity type that reports are filed under stays: refile them first. */
const refuseDeletingTypesInUse = refuseDeleteWhileUsed(
  [{ collection: COLLECTIONS.reports, field: 'activityType', what: 'laporan' }],
  'Pindahkan laporan tersebut ke jenis kegiatan lain terlebih dahulu.',
)

export const ActivityTypes: CollectionConfig<'activity-types'> = {
  slug: COLLECTIONS.activityTypes,
  labels: { singular: label('Jenis Kegiatan', 'Activity type'), plural: label('Jenis Kegiatan', 'Activity types') },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: groupLabel('Klasifikasi', 'Taxonomy') },
  defaultSort: 'name',
  hooks: { beforeDelete: [refuseDeletingTypesInUse], afterChange: [revalidateTaxonomy], afterDelete: [revalidateTaxonomy] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80, label: label('Nama', 'Name') },
    slugField({ collection: COLLECTIONS.activityTypes, from: 'name' }),
    { name: 'description', type: 'textarea', maxLength: 500, label: label('Keterangan', 'Description') },
  ],
}
