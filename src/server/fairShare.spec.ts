import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fairShare } from './fairShare.mjs'

/** A server whose every answer takes `slowMs` of waiting, as a render does, counting who is inside at once. */
const inside = new Map<string, number>()
const most = new Map<string, number>()
const slowMs = 250

describe('uncached work shared fairly between client addresses', () => {
  let server: Server
  let base = ''
  const share = fairShare({ perAddress: 2, queue: 6 })

  beforeAll(async () => {
    server = createServer((req, res) => {
      void share.run(req, res, async () => {
        const who = String(req.headers['x-forwarded-for'])
        inside.set(who, (inside.get(who) ?? 0) + 1)
        most.set(who, Math.max(most.get(who) ?? 0, inside.get(who)!))
        await new Promise((resolve) => setTimeout(resolve, slowMs))
        inside.set(who, inside.get(who)! - 1)
        res.end('ok')
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const ask = (client: string, abortAfterMs?: number, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; ms: number }>((resolve) => {
      const started = performance.now()
      const req = request(`${base}/cari?q=${Math.random()}`, { headers: { 'X-Forwarded-For': client, ...headers }, agent: false }, (res) => {
        res.resume()
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }))
      })
      req.on('error', () => resolve({ status: 0, ms: performance.now() - started }))
      if (abortAfterMs !== undefined) setTimeout(() => req.destroy(), abortAfterMs)
      req.end()
    })

  it("should let one client have two requests inside at once, queue six more, refuse the rest, and never hold another client's", async () => {
    let floodDone = 0
    const flood = Array.from({ length: 12 }, () => ask('203.0.113.7').then((answer) => (floodDone++, answer)))
    await new Promise((resolve) => setTimeout(resolve, 5))
    const reader = await ask('198.51.100.20')
    const doneBeforeReader = floodDone
    const answers = await Promise.all(flood)
    expect(answers.filter((a) => a.status === 200)).toHaveLength(8)
    expect(answers.filter((a) => a.status === 429)).toHaveLength(4)
    expect(most.get('203.0.113.7')).toBe(2)
    // The other reader went straight in: answered before the flood's second round (only refusals and
    // at most its first two can have ended before).
    expect(reader.status).toBe(200)
    expect(doneBeforeReader).toBeLessThanOrEqual(4 + 2)
    expect(share.clients).toBe(0)
  })

  it('should give signed-in requests from one address a larger share of their own', async () => {
    const staff = await Promise.all(Array.from({ length: 8 }, () => ask('192.0.2.50', undefined, { Cookie: 'payload-lng=id; payload-token=abc' })))
    expect(staff.map((a) => a.status)).toEqual(Array(8).fill(200))
    expect(most.get('192.0.2.50')).toBeGreaterThan(2)
  })

  it('should give the place of a client that leaves while waiting to the next', async () => {
    const first = [ask('192.0.2.1'), ask('192.0.2.1')]
    const leaving = ask('192.0.2.1', 50)
    const after = ask('192.0.2.1')
    expect((await Promise.all(first)).map((a) => a.status)).toEqual([200, 200])
    expect((await leaving).status).toBe(0)
    expect((await after).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(share.clients).toBe(0)
  })
})
