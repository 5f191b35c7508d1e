import { isIPv4, isIPv6 } from 'node:net'

/**
 * How many reverse proxies in front of Warta append to X-Forwarded-For (TRUSTED_PROXY, default 1).
 * With N, the client is the N-th entry from the right: the address the outermost trusted proxy saw.
 */
export const trustedProxyHops = (value = process.env.TRUSTED_PROXY): number => {
  if (value === undefined || value === '' || value === 'true') return 1
  const hops = Number(value)
  return Number.isInteger(hops) && hops >= 1 && hops <= 10 ? hops : 1
}

/** An IPv6 address as its /64 network: one subscriber usually holds a whole /64. */
const ipv6Network = (address: string): string => {
  const [head = '', tail] = address.split('::')
  const headGroups = head ? head.split(':') : []
  const tailGroups = tail ? tail.split(':') : []
  const width = (groups: string[]) => groups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0)
  const zeros = tail === undefined ? [] : Array<string>(8 - width(headGroups) - width(tailGroups)).fill('0')
  const groups = [...headGroups, ...zeros, ...tailGroups].slice(0, 4)
  return `${groups.map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`
}

/** One header entry as a limiter key: an IPv4 address, an IPv6 /64, or `invalid` for anything else. */
export const normaliseAddress = (raw: string): string => {
  let value = raw.trim().replace(/^"|"$/g, '').toLowerCase()
  if (value.startsWith('[')) value = value.slice(1, value.indexOf(']') === -1 ? undefined : value.indexOf(']'))
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'))
  value = value.replace(/%.*$/, '')
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value)
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1]
  if (isIPv4(value)) return value
  if (isIPv6(value)) return ipv6Network(value)
  // Junk all shares one key, so that inventing values does not buy fresh attempts.
  return 'invalid'
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
