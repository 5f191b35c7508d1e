import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isStaff, isStaffField } from '@/access/roles'
import { idOf } from '@/access/unitTree'
import { PASTE_RELEASE_PATH } from '@/components/admin/pasteReleasePath'
import { COLLECTIONS, RANKS } from '@/constants/collections'
import { withDraftValidation } from '@/fields/draftValidation'
import { slugField } from '@/fields/slug'
import { label } from '@/i18n/label'

import { intakeEndpoints } from './intakeEndpoints'
import { readReportVersions } from './access/readReportVersions'
import { readReports } from './access/readReports'
import { updateReports } from './access/updateReports'
import { prepareDeletion, takeDownDeleted } from '@/workflow/deletion'
import { workflowEndpoints } from '@/workflow/endpoints'
import { checkBodyShape } from './hooks/checkBodyShape'
import { derivePhotoList } from './hooks/derivePhotoList'
import { refusePhotoProbes } from './hooks/refusePhotoProbes'
import { deriveSearchText } from './hooks/deriveSearchText'
import { enforceUnitScope } from './hooks/enforceUnitScope'
import { guardWorkflowFields } from './hooks/guardWorkflowFields'
import { normaliseDateline } from './hooks/normaliseDateline'
import { routeThroughWorkflow } from './hooks/routeThroughWorkflow'
import { unitsInScopeOptions } from './unitsInScopeOptions'
import { workflowFields } from './workflowFields'

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
    defaultColumns: ['title', 'unit', 'activityType', 'activityAt', 'state'],
    listSearchableFields: ['title', 'summary', 'slug'],
    components: {
      beforeListTable: ['/components/admin/PasteReleaseLink#PasteReleaseLink'],
      views: {
        // /admin/collections/reports/tempel-rilis: a pasted release becomes a draft (POST /api/reports/intake).
        pasteRelease: { Component: '/components/admin/PasteReleaseView#PasteReleaseView', path: PASTE_RELEASE_PATH, exact: true },
      },
      edit: {
        // Publishing, unpublishing and reverting happen only through the workflow panel.
        PublishButton: '/components/admin/WorkflowStatus#Nothing',
        UnpublishButton: '/components/admin/WorkflowStatus#Nothing',
        Status: '/components/admin/WorkflowStatus#WorkflowStatus',
      },
    },
  },
  defaultSort: '-activityAt',
  // Drafts are validated too (limits on every save; `required` only going live: see draftValidation).
  versions: { drafts: { validate: true }, maxPerDoc: 100 },
  // Payload's lock check reads outside the save's transaction: on PostgreSQL, as many concurrent saves
  // as the pool has connections then wait on each other for ever (payloadcms/payload#8412). The cost:
  // the admin no longer warns that someone else has the report open; every save is still a version.
  lockDocuments: false,
  // Every public list is "published, newest first", and Payload sorts by publishedAt then createdAt:
  // one index in exactly that order lets the database read the first rows off it instead of sorting
  // every published report (on SQLite at 10,000 reports: 25-45 ms a list before, 2 ms after).
  indexes: [{ fields: ['_status', 'state', 'publishedAt', 'createdAt'] }],
  endpoints: [...intakeEndpoints, ...workflowEndpoints],
  hooks: {
    beforeOperation: [refusePhotoProbes, checkBodyShape, routeThroughWorkflow],
    beforeChange: [guardWorkflowFields, enforceUnitScope, deriveSearchText, derivePhotoList],
    beforeDelete: [prepareDeletion],
    afterDelete: [takeDownDeleted],
  },
  fields: withDraftValidation([
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
          defaultValue: ({ user }) => (user && 'unit' in user ? (idOf(user.unit) ?? undefined) : undefined),
          filterOptions: unitsInScopeOptions,
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
    ...workflowFields,
    { name: 'searchText', type: 'textarea', label: label('Teks pencarian', 'Search text'), admin: { hidden: true } },
    {
      name: 'photos',
      type: 'relationship',
      relationTo: COLLECTIONS.media,
      hasMany: true,
      label: label('Semua foto laporan', 'Every photo of the report'),
      access: { read: isStaffField },
      admin: { hidden: true },
    },
  ]),
}
