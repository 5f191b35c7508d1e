import type { PayloadRequest } from 'payload'

import { loadUnitTree } from '@/access/unitTree'
import { COLLECTIONS } from '@/constants/collections'
import { JOB_QUEUES, TASKS } from '@/constants/jobs'

import type { Notification } from './notifications'
import { ancestry } from './relation'

type ID = number | string

// Staff records are read here by the workflow service for names and addresses that the acting user
// may not be allowed to read themselves; nothing read here is returned to the caller.

/** A user's display name, or a placeholder for a deleted account. */
export const userName = async (req: PayloadRequest, id: ID | null): Promise<string> => {
  if (id === null) return 'Sistem'
  const user = await req.payload
    .findByID({ collection: COLLECTIONS.users, id, depth: 0, overrideAccess: true, req, disableErrors: true, select: { name: true } })
    .catch(() => null)
  return user?.name ?? 'Akun terhapus'
}

/** The e-mail addresses of the editors of a unit and of every unit above it, but not `exceptId`. */
export const editorsAbove = async (req: PayloadRequest, unitId: ID | null, exceptId: ID | null): Promise<string[]> => {
  if (unitId === null) return []
  const units = ancestry(await loadUnitTree(req), unitId)
  const { docs } = await req.payload.find({
    collection: COLLECTIONS.users,
    where: { and: [{ role: { equals: 'editor' } }, { unit: { in: units } }, ...(exceptId !== null ? [{ id: { not_equals: exceptId } }] : [])] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { email: true },
  })
  return docs.map((user) => user.email)
}

/** Queues an e-mail in the same transaction as the action that caused it. */
export const queueNotification = async (req: PayloadRequest, notification: Notification): Promise<void> => {
  await req.payload.jobs.queue({ task: TASKS.sendNotification, input: notification, queue: JOB_QUEUES.notifications, req })
}
