import { timingSafeEqual } from 'node:crypto'

import type { Endpoint } from 'payload'

import { findKnownReportSlugs, findKnownSectionSlugs } from '@/data/findKnownReportSlugs'
import { knownSlugsToken, setKnownReportSlugs } from '@/server/knownSlugs.mjs'
import { publicGeneration } from '@/server/publicGeneration.mjs'

const sameSecret = (given: string | null, expected: string): boolean =>
  given !== null && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected))

/**
 * POST /api/internal/known-slugs: the production server asks its own process to read the slugs that
 * /berita/{slug} and the section pages (/unit, /kategori, /tag) know, after a public change (src/server/reportSlugs.mjs). The set is kept in
 * this process (./knownSlugs.mjs), under the public generation seen before the read; only the count
 * is answered. The token exists only inside the process.
 */
export const knownSlugsEndpoint: Endpoint = {
  path: '/internal/known-slugs',
  method: 'post',
  handler: async (req) => {
    if (!sameSecret(req.headers.get('x-warta-internal'), knownSlugsToken())) {
      return Response.json({ errors: [{ message: 'Forbidden', data: { code: 'FORBIDDEN' } }] }, { status: 403 })
    }
    // Before the read: a change made while it runs leaves the set marked as older than that change.
    const generation = publicGeneration()
    const [slugs, sections] = await Promise.all([findKnownReportSlugs(req.payload), findKnownSectionSlugs(req.payload)])
    setKnownReportSlugs({ generation, at: Date.now(), slugs, sections })
    return Response.json({ slugs: slugs.size })
  },
}
