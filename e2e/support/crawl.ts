import type { APIRequestContext } from '@playwright/test'

export type Fetched = { url: string; status: number; body: string; contentType: string }

/** Site paths in a page, a sitemap or a feed: same-origin links, minus the admin, the API and media files. */
export const linksIn = (body: string, origin: string): string[] => {
  const found = new Set<string>()
  const candidates = [...body.matchAll(/\bhref="([^"#]+)"/g), ...body.matchAll(/<loc>([^<]+)<\/loc>/g), ...body.matchAll(/<link>([^<]+)<\/link>/g)]
  for (const [, raw] of candidates) {
    const value = raw!.replace(/&amp;/g, '&')
    let url: URL
    try {
      url = new URL(value, origin)
    } catch {
      continue
    }
    if (url.origin !== origin) continue
    if (/^\/(admin|api|media|_next)(\/|$)/.test(url.pathname)) continue
    found.add(url.pathname + url.search)
  }
  return [...found]
}

/**
 * Every public URL reachable from `start` (pages, sitemaps, feeds), fetched once each, breadth
 * first, up to `limit` URLs. `headers` lets a crawl go as a signed-in editor.
 */
export const crawl = async (request: APIRequestContext, origin: string, start: string[], { limit = 600, headers = {} as Record<string, string> } = {}): Promise<Fetched[]> => {
  const queue = [...start]
  const seen = new Set(queue)
  const fetched: Fetched[] = []
  while (queue.length > 0 && fetched.length < limit) {
    const path = queue.shift()!
    const response = await request.get(path, { headers, maxRedirects: 0 })
    const contentType = response.headers()['content-type'] ?? ''
    const body = /text|xml|json|javascript/.test(contentType) ? await response.text() : ''
    fetched.push({ url: path, status: response.status(), body, contentType })
    const location = response.headers()['location']
    const next = [...linksIn(body, origin), ...(location ? linksIn(`href="${location}"`, origin) : [])]
    for (const link of next) {
      if (seen.has(link)) continue
      seen.add(link)
      queue.push(link)
    }
  }
  return fetched
}
