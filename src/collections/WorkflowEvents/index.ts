import type { CollectionConfig } from 'payload'

import { nobody } from '@/access/roles'
import { COLLECTIONS } from '@/constants/collections'
import { groupLabel, label } from '@/i18n/label'
import { STATES } from '@/workflow/machine'
import { ACTION_LABELS, EVENT_ACTIONS, STATE_LABELS } from '@/workflow/labels'

import { readWorkflowEvents } from './readWorkflowEvents'

const stateOptions = STATES.map((value) => ({ label: STATE_LABELS[value], value }))

/**
 * The audit trail: one record per workflow action, written by the workflow service in the same
 * transaction as the change. Nobody can create, edit or delete one through the API, admins included.
 */
export const WorkflowEvents: CollectionConfig<'workflow-events'> = {
  slug: COLLECTIONS.workflowEvents,
  labels: { singular: label('Riwayat Alur Kerja', 'Workflow event'), plural: label('Riwayat Alur Kerja', 'Workflow events') },
  access: { read: readWorkflowEvents, create: nobody, update: nobody, delete: nobody },
  admin: {
    useAsTitle: 'reportTitle',
    defaultColumns: ['at', 'action', 'reportTitle', 'actorName', 'to'],
    group: groupLabel('Riwayat', 'History'),
  },
  defaultSort: '-at',
  fields: [
    { name: 'report', type: 'relationship', relationTo: COLLECTIONS.reports, index: true, label: label('Laporan', 'Report') },
    { name: 'reportTitle', type: 'text', label: label('Judul laporan', 'Report headline') },
    { name: 'unit', type: 'relationship', relationTo: COLLECTIONS.units, index: true, label: label('Satuan kerja', 'Unit') },
    {
      name: 'action',
      type: 'select',
      required: true,
      label: label('Aksi', 'Action'),
      options: EVENT_ACTIONS.map((value) => ({ label: ACTION_LABELS[value], value })),
    },
    { name: 'from', type: 'select', options: stateOptions, label: label('Dari status', 'From') },
    { name: 'to', type: 'select', options: stateOptions, label: label('Ke status', 'To') },
    { name: 'actor', type: 'relationship', relationTo: COLLECTIONS.users, label: label('Pelaku', 'Actor') },
    { name: 'actorName', type: 'text', label: label('Nama pelaku', 'Actor name') },
    { name: 'at', type: 'date', required: true, index: true, label: label('Waktu', 'Time'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'note', type: 'textarea', label: label('Catatan', 'Note') },
    { name: 'publishAt', type: 'date', label: label('Jadwal terbit', 'Scheduled for') },
    { name: 'changeNote', type: 'textarea', label: label('Catatan ralat', 'Change note') },
    { name: 'minor', type: 'checkbox', label: label('Perubahan kecil', 'Minor change') },
  ],
}
