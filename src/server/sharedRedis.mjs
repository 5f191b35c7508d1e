// @ts-check
/**
 * The process's connection to Redis when REDIS_URL is set (the scaled topology: README, "Running at
 * national scale"), for what several app processes must share: the expiry of public cache tags
 * (./sharedExpiry.mjs) and the login and reset limits (src/auth/authRateLimits.ts). Without
 * REDIS_URL (the embedded default) there is none, and each of those stays in the process's memory.
 *
 * One connection per process, kept on globalThis: Next's bundle of the app and the server's own
 * modules are separate module instances in one process.
 */
import { Redis } from 'ioredis'

const KEY = Symbol.for('warta.sharedRedis')

/** Whether this process shares its state through Redis. */
export const usesRedis = () => Boolean(process.env.REDIS_URL)

/**
 * The shared command connection, made on first use; undefined without REDIS_URL. Commands fail fast
 * while Redis is unreachable (no offline queue, one retry), so a caller can fall back instead of
 * hanging a request.
 * @returns {Redis | undefined}
 */
export const sharedRedis = () => {
  const url = process.env.REDIS_URL
  if (!url) return undefined
  const store = /** @type {Record<symbol, Redis | undefined>} */ (/** @type {unknown} */ (globalThis))
  store[KEY] ??= newRedis(url, 'commands')
  return store[KEY]
}

/**
 * A new connection of its own (a subscriber needs one: a subscribed connection takes no other commands).
 * @param {string} url @param {string} purpose named in the client list and in errors
 */
export const newRedis = (url, purpose) => {
  const client = new Redis(url, {
    connectionName: `warta:${purpose}:${process.pid}`,
    enableOfflineQueue: purpose !== 'commands',
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    // Reconnect quickly at first, then every two seconds, for as long as the process lives.
    retryStrategy: (times) => Math.min(times * 100, 2_000),
  })
  let reported = false
  client.on('error', (error) => {
    if (reported) return
    reported = true
    process.stderr.write(`Redis (${purpose}) at ${url}: ${error instanceof Error ? error.message : String(error)}\n`)
  })
  client.on('ready', () => {
    reported = false
  })
  return client
}
