/** Methods that change nothing: never refused for where they come from. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export type RequestOrigin = {
  method: string
  /** The `Origin` header (`null` when absent; the string "null" when the browser hides it). */
  origin: string | null
  /** The `Sec-Fetch-Site` header. */
  fetchSite: string | null
  /** Whether Payload's session cookie came with the request. */
  sessionCookie: boolean
  /** Whether an `Authorization` header came with it. */
  authorization: boolean
}

/**
 * True when a state-changing request was sent by a page of another origin: its `Origin` is not the
 * site's (the opaque "null" included), or, without `Origin`, `Sec-Fetch-Site` says another site.
 * Browsers send `Origin` on every such request, so a request without either is not a browser's.
 * A token in `Authorization` without the cookie is a script or API client: a foreign page cannot
 * send a token it does not have, so nothing is refused there.
 */
export const isCrossSiteWrite = (request: RequestOrigin, siteOrigin: string): boolean => {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false
  if (request.authorization && !request.sessionCookie) return false
  if (request.origin !== null) return request.origin !== siteOrigin
  return request.fetchSite !== null && request.fetchSite !== 'same-origin' && request.fetchSite !== 'none'
}

export { SAFE_METHODS }
