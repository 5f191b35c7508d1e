import { normaliseAddress } from '@/server/normaliseAddress.mjs'

export { normaliseAddress }

/**
 * How many reverse proxies in front of Warta append to X-Forwarded-For (TRUSTED_PROXY, default 1).
 * With N, the client is the N-th entry from the right: the address the outermost trusted proxy saw.
 */
export const trustedProxyHops = (value = process.env.TRUSTED_PROXY): number => {
  if (value === undefined || value === '' || value === 'true') return 1
  const hops = Number(value)
  return Number.isInteger(hops) && hops >= 1 && hops <= 10 ? hops : 1
}

/**
 * The client's address, for per-address limits. Payload hands hooks a Fetch `Request` with no socket
 * address; Next's server writes the socket address into X-Forwarded-For when a request has none and
 * keeps the header as it is otherwise. So: the TRUSTED_PROXY-th X-Forwarded-For entry from the right
 * (never the left-most: a client writes that one), else X-Real-IP, else `unknown` (in-process calls).
 * Served directly, without a proxy, a client can send its own X-Forwarded-For: run Warta behind one.
 */
export const clientAddress = (headers: Headers, hops = trustedProxyHops()): string => {
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const entry = forwarded[Math.max(0, forwarded.length - hops)]
  if (entry) return normaliseAddress(entry)
  const real = headers.get('x-real-ip')?.trim()
  if (real) return normaliseAddress(real)
  return 'unknown'
}
