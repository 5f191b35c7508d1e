import type { Endpoint } from 'payload'

import { expireTags, isValidRevalidationToken } from './revalidate'

/**
 * POST /api/internal/revalidate { tags, kind? }: how the job runner, which runs outside any request,
 * expires public cache tags (`kind`: 'additive' for a first publication, anything else is hard).
 * Only the server itself knows the token.
 */
export const revalidateEndpoint: Endpoint = {
  path: '/internal/revalidate',
  method: 'post',
  handler: async (req) => {
    if (!isValidRevalidationToken(req.payload.secret, req.headers.get('x-warta-revalidate'))) {
      return Response.json({ errors: [{ message: 'Forbidden', data: { code: 'FORBIDDEN' } }] }, { status: 403 })
    }
    const body = (await req.json?.().catch(() => null)) as { tags?: unknown; kind?: unknown } | null
    const tags = Array.isArray(body?.tags) ? body.tags.filter((tag): tag is string => typeof tag === 'string' && tag.length <= 256).slice(0, 100) : []
    expireTags(tags, body?.kind === 'additive' ? 'additive' : 'hard')
    return Response.json({ revalidated: tags.length })
  },
}
