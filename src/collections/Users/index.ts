import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isAdminOrSelf } from '@/access/roles'
import { COLLECTIONS, ROLES } from '@/constants/collections'
import { passwordResetHtml, passwordResetSubject, RESET_LINK_LIFETIME_MS } from '@/email/passwordResetEmail'
import { servedOverHttps } from '@/http/siteOrigin'
import { groupLabel, label } from '@/i18n/label'

import { forgotPasswordEndpoint } from './forgotPasswordEndpoint'
import { answerFailedLoginsAlike } from './hooks/answerFailedLoginsAlike'
import { endSessionsOnAccessChange } from './hooks/endSessionsOnAccessChange'
import { enforcePasswordPolicy } from './hooks/enforcePasswordPolicy'
import { equaliseFailedLogins } from './hooks/equaliseFailedLogins'
import { guardPasswordReset } from './hooks/guardPasswordReset'
import { limitAuthAttempts, refundSuccessfulLogin } from './hooks/limitAuthAttempts'
import { noSessionsWhenDisabled } from './hooks/noSessionsWhenDisabled'
import { readOwnSessions } from './access/readOwnSessions'
import { readUsers } from './readUsers'
import { refuseDeleteWhileUsed } from '../refuseDeleteWhileUsed'

/**
 * An account that the newsroom's records name (a report it wrote, submitted, scheduled, approved or
 * edited, in any version, or a photo it uploaded) stays: disable it instead, and its name stays on them.
 */
const refuseDeletingUsersOnRecord = refuseDeleteWhileUsed(
  [
    { collection: COLLECTIONS.reports, field: 'author', what: 'laporan yang ditulisnya', history: true },
    { collection: COLLECTIONS.reports, field: 'submittedBy', what: 'laporan yang diajukannya', history: true },
    { collection: COLLECTIONS.reports, field: 'scheduledBy', what: 'laporan yang dijadwalkannya', history: true },
    { collection: COLLECTIONS.reports, field: 'publishedBy', what: 'laporan yang disetujuinya', history: true },
    { collection: COLLECTIONS.reports, field: 'contributors', what: 'laporan yang diubahnya', history: true },
    { collection: COLLECTIONS.media, field: 'uploadedBy', what: 'foto yang diunggahnya' },
  ],
  'Nonaktifkan akun ini sebagai gantinya.',
)

const ROLE_LABELS = {
  writer: label('Penulis', 'Writer'),
  editor: label('Editor', 'Editor'),
  admin: label('Administrator', 'Administrator'),
} as const

export const Users: CollectionConfig<'users'> = {
  slug: COLLECTIONS.users,
  labels: { singular: label('Pengguna', 'User'), plural: label('Pengguna', 'Users') },
  auth: {
    // Sessions are stored on the user (Payload's default, stated here because the hooks rely on it):
    // logout, a password change or reset, a role or unit change and disabling each end sessions.
    useSessions: true,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // HttpOnly is Payload's default; Secure behind https; Lax: cross-site POSTs carry no session; no Domain: this host only.
    cookies: { secure: servedOverHttps(), sameSite: 'Lax' },
    forgotPassword: {
      expiration: RESET_LINK_LIFETIME_MS,
      // Off: its reservation deadlocks on SQLite; resetMailsPerAccount takes its place (guardPasswordReset).
      minRequestInterval: 0,
      generateEmailHTML: passwordResetHtml,
      generateEmailSubject: passwordResetSubject,
    },
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    read: readUsers,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'unit', 'disabled'],
    group: groupLabel('Organisasi', 'Organisation'),
  },
  endpoints: [forgotPasswordEndpoint],
  hooks: {
    beforeOperation: [limitAuthAttempts, equaliseFailedLogins, guardPasswordReset],
    beforeValidate: [enforcePasswordPolicy],
    afterChange: [endSessionsOnAccessChange],
    beforeDelete: [refuseDeletingUsersOnRecord],
    afterRead: [noSessionsWhenDisabled],
    afterLogin: [refundSuccessfulLogin],
    afterError: [answerFailedLoginsAlike],
  },
  fields: [
    // Payload's sessions field, with a read rule that holds when checked without a document (queries).
    { name: 'sessions', type: 'array', fields: [], access: { read: readOwnSessions, update: () => false }, admin: { disabled: true } },
    { name: 'name', type: 'text', required: true, maxLength: 120, label: label('Nama', 'Name') },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: COLLECTIONS.units,
      required: true,
      label: label('Satuan kerja', 'Unit'),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'writer',
      label: label('Peran', 'Role'),
      options: ROLES.map((value) => ({ label: ROLE_LABELS[value], value })),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'disabled',
      type: 'checkbox',
      defaultValue: false,
      label: label('Nonaktif', 'Disabled'),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description: label(
          'Akun nonaktif tidak dapat masuk dan semua sesinya berakhir. Namanya tetap tercatat pada laporan dan riwayat.',
          'A disabled account cannot log in and all its sessions end. Its name stays on reports and in the history.',
        ),
      },
    },
  ],
}
