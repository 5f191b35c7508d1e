import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isStaff } from '@/access/roles'
import { COLLECTIONS, RANKS } from '@/constants/collections'
import { slugField } from '@/fields/slug'
import { label } from '@/i18n/label'

import { readReportVersions } from './access/readReportVersions'
import { readReports } from './access/readReports'
import { updateReports } from './access/updateReports'
import { enforceUnitScope } from './hooks/enforceUnitScope'
import { normaliseDateline } from './hooks/normaliseDateline'
import { stampPublishedAt } from './hooks/stampPublishedAt'

export const Reports: CollectionConfig<'reports'> = {
  slug: COLLECTIONS.reports,
  labels: { singular: label('Laporan Kegiatan', 'Activity report'), plural: label('Laporan Kegiatan', 'Activity reports') },
  access: {
    read: readReports,
    readVersions: readReportVersions,
    create: isStaff,
    update: updateReports,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'unit', 'activityType', 'activityAt', '_status'],
    listSearchableFields: ['title', 'summary', 'slug'],
  },
  defaultSort: '-activityAt',
  versions: { drafts: true, maxPerDoc: 100 },
  hooks: { beforeChange: [enforceUnitScope, stampPublishedAt] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: label('Judul', 'Headline') },
    slugField({ collection: COLLECTIONS.reports, from: 'title' }),
    {
      type: 'row',
      fields: [
        {
          name: 'unit',
          type: 'relationship',
          relationTo: COLLECTIONS.units,
          required: true,
          index: true,
          label: label('Satuan kerja', 'Unit'),
        },
        {
          name: 'activityType',
          type: 'relationship',
          relationTo: COLLECTIONS.activityTypes,
          required: true,
          index: true,
          label: label('Jenis kegiatan', 'Activity type'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'activityAt',
          type: 'date',
          required: true,
          index: true,
          label: label('Waktu kegiatan', 'Activity date and time'),
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH.mm' } },
        },
        {
          name: 'datelineCity',
          type: 'text',
          required: true,
          maxLength: 60,
          label: label('Kota dateline', 'Dateline city'),
          admin: { description: label('Contoh: PALEMBANG', 'E.g. PALEMBANG') },
          hooks: { beforeChange: [normaliseDateline] },
        },
      ],
    },
    { name: 'venue', type: 'text', maxLength: 200, label: label('Tempat', 'Venue') },
    {
      name: 'officials',
      type: 'array',
      label: label('Pejabat yang hadir', 'Officials present'),
      labels: { singular: label('Pejabat', 'Official'), plural: label('Pejabat', 'Officials') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'rank',
              type: 'select',
              label: label('Pangkat', 'Rank'),
              admin: { description: label('Kosongkan untuk ASN/sipil.', 'Leave empty for civil staff.') },
              options: RANKS.map((rank) => ({ label: rank, value: rank })),
            },
            { name: 'name', type: 'text', required: true, maxLength: 120, label: label('Nama', 'Name') },
            { name: 'position', type: 'text', maxLength: 160, label: label('Jabatan', 'Position') },
          ],
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      maxLength: 300,
      label: label('Ringkasan', 'Summary'),
      admin: { description: label('Satu atau dua kalimat untuk daftar berita dan mesin pencari.', 'One or two sentences for lists and search engines.') },
    },
    { name: 'body', type: 'richText', label: label('Isi berita', 'Body') },
    { name: 'leadPhoto', type: 'upload', relationTo: COLLECTIONS.media, label: label('Foto utama', 'Lead photo') },
    { name: 'gallery', type: 'upload', relationTo: COLLECTIONS.media, hasMany: true, label: label('Galeri foto', 'Gallery') },
    {
      name: 'tags',
      type: 'relationship',
      relationTo: COLLECTIONS.tags,
      hasMany: true,
      label: label('Tag', 'Tags'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: COLLECTIONS.users,
      required: true,
      label: label('Penulis', 'Author'),
      defaultValue: ({ user }) => user?.id,
      access: { update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: label('Pertama terbit', 'First published'),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
