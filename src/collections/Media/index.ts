import type { CollectionConfig } from 'payload'

import { isAdmin, isStaff, isStaffField } from '@/access/roles'
import { COLLECTIONS } from '@/constants/collections'
import { label } from '@/i18n/label'
import { mediaDir } from '@/media/mediaDir'
import { renditionPath, renditionsOf } from '@/media/renditionFiles'

import { readMedia, updateMedia } from './access/readMedia'
import { rememberUploadFiles, removeFailedUploadFiles } from './hooks/cleanUpFailedUpload'
import { guardPhotoFields } from './hooks/guardPhotoFields'
import { recordFiles } from './hooks/recordFiles'
import { refusePhotoInUse } from './hooks/refusePhotoInUse'
import { prepareApprovedRead, showApprovedToPublic } from './hooks/showApprovedToPublic'
import { removeRenditionsOfDeleted, storeRenditions, writeRenditions } from './hooks/storeRenditions'
import { validateUpload } from './hooks/validateUpload'

export { mediaDir }

export const Media: CollectionConfig<'media'> = {
  slug: COLLECTIONS.media,
  labels: { singular: label('Foto', 'Photo'), plural: label('Foto', 'Photos') },
  access: { read: readMedia, create: isStaff, update: updateMedia, delete: isAdmin },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', 'unit'] },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    adminThumbnail: ({ doc }) => {
      const thumbnail = renditionsOf(doc.renditions).thumbnail
      return thumbnail ? renditionPath(thumbnail.filename) : null
    },
    focalPoint: true,
    // No Payload image sizes: Payload cuts each size from the full photo twice, with shrink-on-load
    // off (about 2 s and 1 GB for a 12 MP photo). validateUpload re-encodes the original and renders
    // every rendition from one decoded master instead (src/media/renditions.ts).
    // No fetching photos from URLs on the server (SSRF).
    pasteURL: false,
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set('Cache-Control', 'public, max-age=86400')
      return headers
    },
  },
  hooks: {
    beforeOperation: [prepareApprovedRead, validateUpload],
    beforeChange: [guardPhotoFields, rememberUploadFiles, storeRenditions, recordFiles],
    afterChange: [writeRenditions],
    afterRead: [showApprovedToPublic],
    beforeDelete: [refusePhotoInUse],
    afterDelete: [removeRenditionsOfDeleted],
    afterError: [removeFailedUploadFiles],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 250,
      label: label('Teks alternatif', 'Alt text'),
      admin: {
        description: label('Gambarkan isi foto untuk pembaca tunanetra.', 'Describe the photo for readers who cannot see it.'),
      },
    },
    { name: 'caption', type: 'textarea', maxLength: 500, label: label('Keterangan foto', 'Caption') },
    {
      name: 'credit',
      type: 'text',
      maxLength: 120,
      label: label('Kredit', 'Credit'),
      admin: { description: label('Contoh: Foto: Humas Polres Blora', 'E.g. Foto: Humas Polres Blora') },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: COLLECTIONS.units,
      index: true,
      label: label('Satuan kerja', 'Unit'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: COLLECTIONS.users,
      label: label('Diunggah oleh', 'Uploaded by'),
      access: { read: ({ req }) => Boolean(req.user) },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'renditions',
      type: 'json',
      label: label('Ukuran turunan', 'Renditions'),
      admin: { hidden: true },
    },
    { name: 'fileBase', type: 'text', index: true, label: label('Nama dasar berkas', 'File base name'), admin: { hidden: true } },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('Tampil di berita terbit', 'Shown in a published report'),
      admin: { position: 'sidebar', readOnly: true },
    },
    // Written by the workflow only (src/media/approval.ts); see guardPhotoFields. No field access on
    // `approved`: public reads are built from it (showApprovedToPublic) and never return it as it is.
    { name: 'approved', type: 'json', label: label('Versi yang disetujui', 'Approved copy'), admin: { hidden: true } },
    {
      name: 'contributors',
      type: 'relationship',
      relationTo: COLLECTIONS.users,
      hasMany: true,
      label: label('Pengubah sejak disetujui', 'Changed since approval by'),
      access: { read: isStaffField },
      admin: { hidden: true },
    },
    { name: 'retired', type: 'json', label: label('Ukuran turunan lama', 'Retired renditions'), access: { read: isStaffField }, admin: { hidden: true } },
    // Every file the record needs (see recordFiles): how a file name finds its photo.
    { name: 'files', type: 'text', hasMany: true, index: true, label: label('Berkas', 'Files'), access: { read: isStaffField }, admin: { hidden: true } },
  ],
}
