import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isAdminOrSelf } from '@/access/roles'
import { COLLECTIONS, ROLES } from '@/constants/collections'
import { groupLabel, label } from '@/i18n/label'

import { readUsers } from './readUsers'

const ROLE_LABELS = {
  writer: label('Penulis', 'Writer'),
  editor: label('Editor', 'Editor'),
  admin: label('Administrator', 'Administrator'),
} as const

export const Users: CollectionConfig<'users'> = {
  slug: COLLECTIONS.users,
  labels: { singular: label('Pengguna', 'User'), plural: label('Pengguna', 'Users') },
  auth: { maxLoginAttempts: 5, lockTime: 10 * 60 * 1000, tokenExpiration: 8 * 60 * 60 },
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
    defaultColumns: ['name', 'email', 'role', 'unit'],
    group: groupLabel('Organisasi', 'Organisation'),
  },
  fields: [
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
  ],
}

