import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { anyone, isAdmin, isStaff } from '@/access/roles'
import { COLLECTIONS } from '@/constants/collections'
import { label } from '@/i18n/label'

/** Where uploads live: `media/` at the project root unless MEDIA_DIR says otherwise (tests use a temp dir). */
export const mediaDir = (): string => path.resolve(process.env.MEDIA_DIR || path.join(process.cwd(), 'media'))

export const Media: CollectionConfig<'media'> = {
  slug: COLLECTIONS.media,
  labels: { singular: label('Foto', 'Photo'), plural: label('Foto', 'Photos') },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isAdmin },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit'] },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp'],
    adminThumbnail: 'thumbnail',
    imageSizes: [{ name: 'thumbnail', width: 400, height: 300, position: 'centre' }],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      maxLength: 250,
      label: label('Teks alternatif', 'Alt text'),
      admin: {
        description: label(
          'Gambarkan isi foto untuk pembaca tunanetra.',
          'Describe the photo for readers who cannot see it.',
        ),
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
  ],
}
