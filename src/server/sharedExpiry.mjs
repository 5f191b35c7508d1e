// @ts-check
/**
 * Expiry of public cache tags across every app process and the cache in front of them (the scaled
 * topology: README, "Running at national scale"). In the embedded default (no REDIS_URL, no
 * VARNISH_PURGE_URLS) only the first step happens.
 *
 * When a change expires tags in one process (Next's cache handler, ./nextCacheHandler.mjs):
 * 1. the process expires them in its own cache (Next's tags manifest) and moves its public generation
 *    (./publicGeneration.mjs), which drops what its front cache holds under those tags, and its known slugs;
 * 2. it publishes the tags on a Redis channel; every other app process (and the worker) expires them
 *    the same way and acknowledges; the first process waits for every acknowledgement, a second at most;
 * 3. only then it purges the tags from each Varnish (xkey, hard, an additive expiry too), so that a
 *    page Varnish fetches again can only come from a process whose cache has already expired them (a
 *    process's stale answer after an additive one says `private, no-store`: ./frontCache.mjs).
 * A process whose subscription to the channel broke (Redis was away, or the network) may have missed
 * expiries: when it is subscribed again it expires every public tag here (hard) and purges them from
 * Varnish, which may have fetched from it meanwhile. Until then its front cache and known slugs drop
 * what they keep within a minute; Next's own entries wait for the reconnection.
 */
import { randomUUID } from 'node:crypto'
import { createRequire } from 'node:module'

import { advancePublicGeneration, isAdditive } from './publicGeneration.mjs'
import { EVERY_PUBLIC_CHANGE } from './requestTags.mjs'
import { newRedis } from './sharedRedis.mjs'

const require = createRequire(import.meta.url)

const CHANNEL = 'warta:expire-tags'
const ACK_PREFIX = 'warta:expire-ack:'
/** The longest the process that made a change waits for the others before purging Varnish anyway. */
const ACK_WAIT_MS = 1_000
const PURGE_TIMEOUT_MS = 2_000
/** When the purge is repeated, for a fetch that was under way during the first. */
const REPURGE_MS = 300
const KEY = Symbol.for('warta.sharedExpiry')

/** @typedef {{ expire?: number; stale?: number } | undefined} Durations */
/** @typedef {{ id: string; from: string; tags: string[]; durations?: Durations }} Message */

/**
 * This process's state, on globalThis: Next's cache handler and the server are separate module
 * instances. `redis` is a connection of the expiry's own, which queues commands while it (re)connects:
 * an expiry must not be lost to a connection that is not up yet.
 * @typedef {{ self: string; listening?: Promise<void>; redis?: import('ioredis').Redis; subscriber?: import('ioredis').Redis }} State
 */
const state = () => {
  const store = /** @type {Record<symbol, State | undefined>} */ (/** @type {unknown} */ (globalThis))
  store[KEY] ??= { self: `${process.pid}-${randomUUID()}` }
  return store[KEY]
}

/** The expiry's command connection (publish, acknowledgements); undefined without REDIS_URL. */
const expiryRedis = () => {
  const url = process.env.REDIS_URL
  if (!url) return undefined
  const current = state()
  current.redis ??= newRedis(url, 'expiry')
  return current.redis
}

/** @returns {(tags: string[], durations?: Durations) => Promise<void>} */
const nextTagExpiry = () => {
  /** @type {{ prototype: { revalidateTag: (tags: string[], durations?: Durations) => Promise<void> } }} */
  const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
  // It writes Next's tags manifest (one Map per process, shared by every cache handler instance).
  return (tags, durations) => FileSystemCache.prototype.revalidateTag.call(undefined, tags, durations)
}

/**
 * Expires tags in this process only: the public generation moves before and after, so that nothing
 * kept while the expiry runs outlives it. An additive expiry (./publicGeneration.mjs) is recorded as
 * such for the front cache; Next's own entries expire at once whatever the kind, so that the answer
 * made next is made from the database as it is now.
 * @param {string[]} tags @param {Durations} [durations]
 * @param {(tags: string[], durations?: Durations) => Promise<void>} [expire] Next's own expiry
 */
export const expireHere = async (tags, durations, expire = nextTagExpiry()) => {
  const additive = isAdditive(durations)
  advancePublicGeneration(tags, { additive })
  try {
    await expire(tags, additive ? { expire: 0 } : durations)
  } finally {
    advancePublicGeneration(tags, { additive })
  }
}

/** The Varnish instances to purge (VARNISH_PURGE_URLS, comma-separated origins). */
const purgeTargets = () =>
  String(process.env.VARNISH_PURGE_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)

/** @param {string[]} tags */
export const purgeVarnish = async (tags) => {
  const targets = purgeTargets()
  if (targets.length === 0 || tags.length === 0) return
  await Promise.all(
    targets.map(async (origin) => {
      try {
        const response = await fetch(`${origin.replace(/\/+$/, '')}/`, {
          method: 'PURGE',
          headers: { 'xkey-purge': tags.join(' ') },
          signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
        })
        await response.arrayBuffer()
        if (!response.ok) throw new Error(`answered ${response.status}`)
      } catch (error) {
        process.stderr.write(`Could not purge ${tags.join(' ')} from Varnish at ${origin}: ${error instanceof Error ? error.message : String(error)}\n`)
      }
    }),
  )
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Tells the other processes (through Redis) and waits for their acknowledgements; true when all of
 * them answered in time (or there is no Redis).
 * @param {string[]} tags @param {Durations} durations
 */
const tellOthers = async (tags, durations) => {
  const redis = expiryRedis()
  if (!redis) return true
  const { self, listening } = state()
  const id = randomUUID()
  try {
    /** @type {Message} */
    const message = { id, from: self, tags, durations }
    const receivers = await redis.publish(CHANNEL, JSON.stringify(message))
    const others = receivers - (listening ? 1 : 0)
    const deadline = Date.now() + ACK_WAIT_MS
    let acknowledged = 0
    while (acknowledged < others && Date.now() < deadline) {
      await sleep(5)
      acknowledged = await redis.llen(`${ACK_PREFIX}${id}`)
    }
    if (acknowledged >= others) return true
    process.stderr.write(`Expiry of ${tags.join(' ')}: ${acknowledged} of ${others} other processes answered within ${ACK_WAIT_MS} ms\n`)
    return false
  } catch (error) {
    process.stderr.write(`Could not share the expiry of ${tags.join(' ')} through Redis: ${error instanceof Error ? error.message : String(error)}\n`)
    return false
  }
}

/**
 * A change expired these tags in this process (Next's cache handler calls it): expires them here, in
 * every other process, then in Varnish. In the embedded default, only here.
 * @param {string[]} tags @param {Durations} [durations]
 * @param {(tags: string[], durations?: Durations) => Promise<void>} [expire] Next's own expiry
 */
export const expireEverywhere = async (tags, durations, expire) => {
  await expireHere(tags, durations, expire)
  const allTold = await tellOthers(tags, durations)
  await purgeVarnish(tags)
  // A fetch Varnish had under way during the purge may store an answer made before the change (one
  // made after a process expired the tags says no-store: ./hardenResponse.mjs), and a process that
  // answered late may have served one: purge once more a moment later.
  setTimeout(() => void purgeVarnish(tags), allTold ? REPURGE_MS : 2 * ACK_WAIT_MS).unref()
}

/**
 * Subscribes this process to the others' expiries (once; without REDIS_URL nothing). Resolves once
 * subscribed, so a server that awaits it before listening never misses a change made after it is up.
 */
export const listenForExpiries = () => {
  const url = process.env.REDIS_URL
  const current = state()
  if (!url || current.listening) return current.listening ?? Promise.resolve()
  expiryRedis()
  const subscriber = newRedis(url, 'expiry-subscriber')
  subscriber.on('message', (/** @type {string} */ channel, /** @type {string} */ raw) => {
    if (channel !== CHANNEL) return
    /** @type {Message} */
    let message
    try {
      message = JSON.parse(raw)
    } catch {
      return
    }
    if (message.from === current.self || !Array.isArray(message.tags)) return
    const tags = message.tags.filter((tag) => typeof tag === 'string')
    void expireHere(tags, message.durations)
      .then(async () => {
        const redis = expiryRedis()
        if (!redis) return
        const key = `${ACK_PREFIX}${message.id}`
        await redis.multi().rpush(key, current.self).pexpire(key, 60_000).exec()
      })
      .catch((error) => process.stderr.write(`Could not expire ${tags.join(' ')} for another process: ${error instanceof Error ? error.message : String(error)}\n`))
  })
  // ioredis subscribes again on every reconnection, then says `ready`: the first is the start.
  let started = false
  subscriber.on('ready', () => {
    if (!started) {
      started = true
      return
    }
    process.stderr.write('Subscribed again to the expiries through Redis: expiring every public tag here and in Varnish (some may have been missed)\n')
    void expireHere(EVERY_PUBLIC_CHANGE)
      .then(() => purgeVarnish(EVERY_PUBLIC_CHANGE))
      .catch((error) => process.stderr.write(`Could not expire after reconnecting: ${error instanceof Error ? error.message : String(error)}\n`))
  })
  current.subscriber = subscriber
  current.listening = subscriber.subscribe(CHANNEL).then(() => undefined)
  return current.listening
}

/** Closes this process's expiry connections (tests; a process that stops just exits). */
export const stopListening = () => {
  const current = state()
  current.subscriber?.disconnect()
  current.redis?.disconnect()
  current.subscriber = undefined
  current.redis = undefined
  current.listening = undefined
}
