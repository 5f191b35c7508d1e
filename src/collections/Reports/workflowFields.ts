import type { Field } from 'payload'

import { isStaffField } from '@/access/roles'
import { COLLECTIONS } from '@/constants/collections'
import { label } from '@/i18n/label'
import { STATE_LABELS } from '@/workflow/labels'
import { STATES } from '@/workflow/machine'

const internal = { read: isStaffField }

/**
 * The report's workflow and audit fields. Only the workflow service writes them (see
 * guardWorkflowFields); the admin shows them through the workflow panel, not as inputs.
 */
export const workflowFields: Field[] = [
  {
    name: 'workflowPanel',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/components/admin/WorkflowPanel#WorkflowPanel' } },
  },
  {
    name: 'state',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    label: label('Status alur kerja', 'Workflow state'),
    options: STATES.map((value) => ({ label: STATE_LABELS[value], value })),
    admin: { position: 'sidebar', readOnly: true, hidden: true },
  },
  { name: 'submittedBy', type: 'relationship', relationTo: COLLECTIONS.users, label: label('Diajukan oleh', 'Submitted by'), access: internal, admin: { hidden: true } },
  { name: 'submittedAt', type: 'date', label: label('Diajukan pada', 'Submitted at'), access: internal, admin: { hidden: true } },
  { name: 'reviewNote', type: 'textarea', label: label('Catatan editor', 'Review note'), access: internal, admin: { hidden: true } },
  { name: 'publishAt', type: 'date', index: true, label: label('Jadwal terbit', 'Scheduled for'), access: internal, admin: { hidden: true } },
  { name: 'scheduledBy', type: 'relationship', relationTo: COLLECTIONS.users, label: label('Dijadwalkan oleh', 'Scheduled by'), access: internal, admin: { hidden: true } },
  { name: 'pendingChangeNote', type: 'textarea', label: label('Catatan ralat terjadwal', 'Scheduled change note'), access: internal, admin: { hidden: true } },
  { name: 'pendingMinor', type: 'checkbox', label: label('Perubahan kecil terjadwal', 'Scheduled minor change'), access: internal, admin: { hidden: true } },
  { name: 'scheduledPhotos', type: 'text', label: label('Foto yang disetujui untuk jadwal', 'Photos approved for the schedule'), access: internal, admin: { hidden: true } },
  { name: 'publishedBy', type: 'relationship', relationTo: COLLECTIONS.users, label: label('Disetujui oleh', 'Approved by'), access: internal, admin: { hidden: true } },
  {
    name: 'publishedAt',
    type: 'date',
    index: true,
    label: label('Pertama terbit', 'First published'),
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'previousSlugs',
    type: 'text',
    hasMany: true,
    label: label('Slug lama (dialihkan)', 'Earlier slugs (redirected)'),
    admin: { hidden: true },
  },
  { name: 'revisedAt', type: 'date', index: true, label: label('Perubahan publik terakhir', 'Last public change'), admin: { hidden: true } },
  { name: 'contributors', type: 'relationship', relationTo: COLLECTIONS.users, hasMany: true, label: label('Kontributor revisi', 'Revision contributors'), access: internal, admin: { hidden: true } },
  { name: 'withdrawnAt', type: 'date', label: label('Ditarik pada', 'Withdrawn at'), admin: { hidden: true } },
  { name: 'withdrawalReason', type: 'textarea', label: label('Alasan penarikan', 'Withdrawal reason'), admin: { hidden: true } },
  {
    name: 'credits',
    type: 'group',
    label: label('Kredit publik', 'Public credits'),
    admin: { hidden: true },
    fields: [
      { name: 'writerName', type: 'text', label: label('Penulis', 'Writer') },
      { name: 'editorName', type: 'text', label: label('Editor', 'Editor') },
    ],
  },
]
