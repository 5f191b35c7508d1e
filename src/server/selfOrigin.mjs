// @ts-check
/**
 * Where this server reaches itself (its known slugs, a stale page made again, the job runner's cache
 * expiry, the proxy's staff check): the address it listens on (HOST), or loopback when it listens on
 * every interface. In the scaled topology HOST may be the host's private address only
 * (deploy/warta.env.example), where 127.0.0.1 answers nothing.
 * @param {number | string} [port] @param {string} [host]
 */
export const selfOrigin = (port = process.env.PORT || 3000, host = process.env.HOST) => {
  const address = !host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}`
}
