import type { Payload } from 'payload'

import { COLLECTIONS } from '@/constants/collections'

/** The archive counts months in Western Indonesia Time (UTC+7), where most units publish. */
const ARCHIVE_OFFSET_MS = 7 * 3600_000

export type ArchiveMonth = { year: number; month: number; count: number }

/** The first instant of a month and of the next, as ISO strings, for a month in WIB. */
export const monthRange = (year: number, month: number): { from: string; to: string } => ({
  from: new Date(Date.UTC(year, month - 1, 1) - ARCHIVE_OFFSET_MS).toISOString(),
  to: new Date(Date.UTC(year, month, 1) - ARCHIVE_OFFSET_MS).toISOString(),
})

/** Every month with published reports, newest first, with how many, as an anonymous reader counts them. */
export const findArchiveMonths = async (payload: Payload): Promise<ArchiveMonth[]> => {
  const { docs } = await payload.find({ collection: COLLECTIONS.reports, select: { publishedAt: true }, depth: 0, limit: 0, pagination: false, overrideAccess: false })
  const counts = new Map<string, ArchiveMonth>()
  for (const { publishedAt } of docs) {
    if (!publishedAt) continue
    const local = new Date(Date.parse(publishedAt) + ARCHIVE_OFFSET_MS)
    const key = `${local.getUTCFullYear()}-${local.getUTCMonth() + 1}`
    const entry = counts.get(key) ?? { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, count: 0 }
    entry.count++
    counts.set(key, entry)
  }
  return [...counts.values()].sort((a, b) => b.year - a.year || b.month - a.month)
}
