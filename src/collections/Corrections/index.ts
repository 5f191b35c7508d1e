import type { CollectionConfig } from 'payload'

import { anyone, nobody } from '@/access/roles'
import { COLLECTIONS } from '@/constants/collections'
import { groupLabel, label } from '@/i18n/label'

export const NOTICE_KINDS = ['correction', 'withdrawal'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]

/**
 * The public register of corrections and withdrawals ("Ralat"). Written only by the workflow service
 * when a correction is published or a report is withdrawn; the title and slug are kept as they were
 * then, so a withdrawn report's notice still reads when the report itself is no longer public.
 */
export const Corrections: CollectionConfig<'corrections'> = {
  slug: COLLECTIONS.corrections,
  labels: { singular: label('Ralat & Penarikan', 'Correction'), plural: label('Ralat & Penarikan', 'Corrections') },
  access: { read: anyone, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'reportTitle',
    defaultColumns: ['at', 'kind', 'reportTitle', 'note'],
    group: groupLabel('Riwayat', 'History'),
  },
  defaultSort: '-at',
  fields: [
    { name: 'report', type: 'relationship', relationTo: COLLECTIONS.reports, index: true, label: label('Laporan', 'Report') },
    { name: 'reportTitle', type: 'text', required: true, label: label('Judul laporan', 'Report headline') },
    { name: 'reportSlug', type: 'text', index: true, label: label('Slug laporan', 'Report slug') },
    { name: 'unit', type: 'relationship', relationTo: COLLECTIONS.units, index: true, label: label('Satuan kerja', 'Unit') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: label('Jenis', 'Kind'),
      options: [
        { label: label('Ralat', 'Correction'), value: 'correction' },
        { label: label('Penarikan', 'Withdrawal'), value: 'withdrawal' },
      ],
    },
    { name: 'note', type: 'textarea', required: true, label: label('Catatan publik', 'Public note') },
    { name: 'at', type: 'date', required: true, index: true, label: label('Waktu', 'Time') },
  ],
}
