import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug, type PayloadRequest, type Where } from 'payload'

import { COLLECTIONS } from '@/constants/collections'

type ID = number | string

/**
 * A place a record may be used: a collection and the field pointing to it. For reports, their public
 * version and their working copy count, and with `history` every earlier version too.
 */
export type Use = { collection: CollectionSlug; field: string; what: string; history?: boolean }

/** How many records use `id` in this place. */
const countUses = async (req: PayloadRequest, { collection, field, history = false }: Use, id: ID): Promise<number> => {
  const where: Where = { [field]: { equals: id } }
  const { totalDocs } = await req.payload.count({ collection, where, overrideAccess: true, req })
  if (totalDocs > 0 || collection !== COLLECTIONS.reports) return totalDocs
  const inVersion: Where = { [`version.${field}`]: { equals: id } }
  const versions = await req.payload.countVersions({ collection, where: history ? inVersion : { and: [{ latest: { equals: true } }, inVersion] }, overrideAccess: true, req })
  return versions.totalDocs
}

/**
 * Refuses to delete a record that others still use, with 409 IN_USE naming where, instead of letting
 * the database null a required field (a report without its unit, author or activity type can then be
 * neither published nor withdrawn) or take a photo out of a live report unseen.
 */
export const refuseDeleteWhileUsed =
  (uses: Use[], advice: string): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const used: string[] = []
    for (const use of uses) {
      const count = await countUses(req, use, id)
      if (count > 0) used.push(`${count} ${use.what}`)
    }
    if (used.length === 0) return
    throw new APIError(`Tidak dapat dihapus: masih dipakai oleh ${used.join(', ')}. ${advice}`, 409, { code: 'IN_USE', usedBy: used }, true)
  }
