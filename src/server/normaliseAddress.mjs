// @ts-check
// Plain JavaScript: the production server (./fairShare.mjs) uses it without a TypeScript loader; the
// login limit (src/auth/clientAddress.ts) uses the same normalisation.
import { isIPv4, isIPv6 } from 'node:net'

/** An IPv6 address as its /64 network: one subscriber usually holds a whole /64. @param {string} address @returns {string} */
const ipv6Network = (address) => {
  const [head = '', tail] = address.split('::')
  const headGroups = head ? head.split(':') : []
  const tailGroups = tail ? tail.split(':') : []
  const width = (/** @type {string[]} */ groups) => groups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0)
  const zeros = tail === undefined ? [] : /** @type {string[]} */ (Array(8 - width(headGroups) - width(tailGroups)).fill('0'))
  const groups = [...headGroups, ...zeros, ...tailGroups].slice(0, 4)
  return `${groups.map((group) => parseInt(group, 16).toString(16)).join(':')}::/64`
}

/** One header entry as a limiter key: an IPv4 address, an IPv6 /64, or `invalid` for anything else. @param {string} raw @returns {string} */
export const normaliseAddress = (raw) => {
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

