// @ts-check
/**
 * Uncached work shared fairly between clients: each client address has at most `perAddress` requests
 * inside Next at once (renders, searches with new queries, first reads); its further requests wait
 * their turn in a queue of their own, and beyond `queue` waiting it is told to come back (429 with
 * Retry-After). One client asking for a new search every millisecond then takes two turns of the
 * server's time, whoever else is reading, while a reader's cached page never waits here at all (the
 * front cache and the 404 document answer before this).
 *
 * The address: the peer's, unless the peer is a proxy on this machine or the private network (Varnish,
 * nginx), in which case the TRUSTED_PROXY-th X-Forwarded-For entry from the right (as the login limit
 * reads it, src/auth/clientAddress.ts); an IPv6 client is its /64.
 */
import { normaliseAddress } from './normaliseAddress.mjs'

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

const PRIVATE = /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|::1$|f[cd][0-9a-f]{2}:|fe80:)/i

/** @param {Request} req @param {number} hops */
export const clientKey = (req, hops) => {
  const peer = String(req.socket.remoteAddress ?? '').replace(/^::ffff:(?=\d+\.)/i, '')
  if (!PRIVATE.test(peer)) return normaliseAddress(peer)
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const entry = forwarded[Math.max(0, forwarded.length - hops)]
  return normaliseAddress(entry ?? peer)
}

/** A request made with a session or an API key: staff, who often share one office address. */
const signedIn = (/** @type {Request} */ req) => req.headers.authorization !== undefined || /(?:^|;\s*)payload-token=/.test(String(req.headers.cookie ?? ''))

/**
 * Signed-in requests (a session cookie or an API key) have a share of their own per address, four
 * times as large: a unit's staff often reach the server from one office address. A client that only
 * pretends to be signed in gets that larger share, still bounded.
 * @param {{ perAddress?: number; signedInPerAddress?: number; queue?: number; hops?: number }} [options]
 */
export const fairShare = ({ perAddress = 2, signedInPerAddress = perAddress * 4, queue = 64, hops = Number(process.env.TRUSTED_PROXY) || 1 } = {}) => {
  /** @type {Map<string, { active: number; waiting: (() => void)[] }>} */
  const clients = new Map()

  const release = (/** @type {string} */ key) => {
    const client = clients.get(key)
    if (!client) return
    const next = client.waiting.shift()
    if (next) next()
    else if (--client.active === 0) clients.delete(key)
  }

  return {
    /** Clients with requests inside or waiting now (for tests). */
    get clients() {
      return clients.size
    },
    /**
     * Runs `work` when this request's client has a turn; answers 429 instead when the client already
     * has `queue` requests waiting. The turn ends when the response is finished or the client leaves.
     * @param {Request} req @param {Response} res @param {() => Promise<unknown> | unknown} work
     */
    async run(req, res, work) {
      const staff = signedIn(req)
      const key = `${clientKey(req, hops)}${staff ? ' signed-in' : ''}`
      const client = clients.get(key) ?? { active: 0, waiting: [] }
      clients.set(key, client)
      if (client.active >= (staff ? signedInPerAddress : perAddress)) {
        if (client.waiting.length >= queue) {
          res.statusCode = 429
          res.setHeader('Retry-After', '1')
          res.setHeader('Cache-Control', 'no-store')
          res.setHeader('Content-Type', 'text/plain; charset=utf-8')
          res.end('Terlalu banyak permintaan sekaligus. Coba lagi sebentar lagi.\n')
          return
        }
        /** @type {() => void} */
        let resolveTurn = () => {}
        /** @type {Promise<void>} */
        const turn = new Promise((resolve) => client.waiting.push((resolveTurn = resolve)))
        // A client that left while waiting gives its place up (its turn, if it came, is passed on below).
        const left = () => {
          const at = client.waiting.indexOf(resolveTurn)
          if (at >= 0) client.waiting.splice(at, 1)
        }
        res.once('close', left)
        await turn
        res.off('close', left)
        if (res.destroyed) {
          release(key)
          return
        }
      } else client.active++
      let released = false
      const done = () => {
        if (released) return
        released = true
        release(key)
      }
      res.once('close', done)
      res.once('finish', done)
      try {
        await work()
      } catch (error) {
        done()
        throw error
      }
    },
  }
}
