import { getSlugRedirects } from '@/data/slugRedirects'

// Read by src/proxy.ts to answer old report URLs with a 301. Public: it only names published reports.
export const dynamic = 'force-dynamic'

export const GET = async () =>
  Response.json(await getSlugRedirects(), { headers: { 'Cache-Control': 'public, max-age=1', 'X-Robots-Tag': 'noindex' } })
