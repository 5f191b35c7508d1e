import type { CollectionConfig } from 'payload'

import { anyone, isAdmin } from '@/access/roles'
import { revalidateTaxonomy } from '@/cache/revalidateHooks'
import { COLLECTIONS, TIME_ZONES, UNIT_LEVELS } from '@/constants/collections'
import { slugField } from '@/fields/slug'
import { groupLabel, label } from '@/i18n/label'

import { refuseDeleteWhileUsed } from '../refuseDeleteWhileUsed'
import { validateParent } from './validateParent'

/** A unit with reports, staff or units below it stays: move them first. */
const refuseDeletingUnitsInUse = refuseDeleteWhileUsed(
  [
    { collection: COLLECTIONS.reports, field: 'unit', what: 'laporan' },
    { collection: COLLECTIONS.users, field: 'unit', what: 'pengguna' },
    { collection: COLLECTIONS.units, field: 'parent', what: 'satuan di bawahnya' },
  ],
  'Pindahkan laporan, pengguna, dan satuan tersebut terlebih dahulu.',
)

const LEVEL_LABELS = {
  national: label('Mabes (pusat)', 'National HQ'),
  regional: label('Polda (daerah)', 'Regional'),
  district: label('Polres / Polresta / Polrestabes', 'District'),
  subdistrict: label('Polsek', 'Sub-district'),
} as const

export const Units: CollectionConfig<'units'> = {
  slug: COLLECTIONS.units,
  labels: { singular: label('Satuan Kerja', 'Unit'), plural: label('Satuan Kerja', 'Units') },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'parent', 'timeZone'],
    group: groupLabel('Organisasi', 'Organisation'),
  },
  defaultSort: 'name',
  hooks: { beforeDelete: [refuseDeletingUnitsInUse], afterChange: [revalidateTaxonomy], afterDelete: [revalidateTaxonomy] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      label: label('Nama singkat', 'Short name'),
      admin: { description: label('Contoh: Polda Sumsel', 'E.g. Polda Sumsel') },
    },
    {
      name: 'longName',
      type: 'text',
      required: true,
      maxLength: 200,
      label: label('Nama lengkap', 'Full name'),
      admin: {
        description: label(
          'Contoh: Kepolisian Daerah Sumatera Selatan',
          'E.g. Kepolisian Daerah Sumatera Selatan',
        ),
      },
    },
    slugField({ collection: COLLECTIONS.units, from: 'name' }),
    {
      name: 'level',
      type: 'select',
      required: true,
      label: label('Tingkat', 'Level'),
      options: UNIT_LEVELS.map((value) => ({ label: LEVEL_LABELS[value], value })),
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: COLLECTIONS.units,
      label: label('Satuan induk', 'Parent unit'),
      validate: validateParent,
    },
    {
      name: 'timeZone',
      type: 'select',
      required: true,
      defaultValue: 'Asia/Jakarta',
      label: label('Zona waktu', 'Time zone'),
      options: [
        { label: 'WIB (UTC+7)', value: TIME_ZONES[0] },
        { label: 'WITA (UTC+8)', value: TIME_ZONES[1] },
        { label: 'WIT (UTC+9)', value: TIME_ZONES[2] },
      ],
    },
  ],
}
