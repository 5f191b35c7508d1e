import { Worker } from 'node:worker_threads'

export type HealthSample = { at: number; ms: number; ok: boolean }

/**
 * The sampler, in a thread of its own so that the load generator's event loop (a hundred readers)
 * does not delay its timings: GET /_warta/health, which the server answers before anything else and
 * without any I/O, one at a time on one keep-alive connection (opened before the load), a new one
 * 50 ms after the last began (at once when it took longer). Its time is, to a millisecond or so,
 * how long the server's event loop kept the request waiting.
 */
const SAMPLER = `
const { parentPort, workerData } = require('node:worker_threads')
const http = require('node:http')
const { origin, everyMs, timeoutMs } = workerData
const url = new URL(origin)
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
const once = (samples) => new Promise((resolve) => {
  const at = Date.now()
  const started = performance.now()
  let done = false
  const finish = (ok) => {
    if (done) return
    done = true
    clearTimeout(timer)
    samples.push({ at, ms: performance.now() - started, ok })
    resolve()
  }
  const req = http.get({ host: url.hostname, port: url.port, path: '/_warta/health', agent }, (res) => {
    res.resume()
    res.on('end', () => finish(res.statusCode === 200))
  })
  const timer = setTimeout(() => { finish(false); req.destroy() }, timeoutMs)
  req.on('error', () => finish(false))
})
parentPort.once('message', async ({ until }) => {
  const samples = []
  while (Date.now() < until) {
    const began = performance.now()
    await once(samples)
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, everyMs - (performance.now() - began))))
  }
  agent.destroy()
  parentPort.postMessage(samples)
})
// The connection is opened now, before the load: a new one would wait in the server's accept queue.
once([]).then(() => parentPort.postMessage('ready'))
`

/**
 * Starts the sampler and opens its connection; `run(until)` then samples the server's health answer
 * until `until` (epoch ms) and resolves with every sample.
 */
export const healthSampler = async ({ origin, everyMs = 50, timeoutMs = 10_000 }: { origin: string; everyMs?: number; timeoutMs?: number }) => {
  const worker = new Worker(SAMPLER, { eval: true, workerData: { origin, everyMs, timeoutMs } })
  const failed = new Promise<never>((_, reject) => worker.once('error', reject))
  await Promise.race([new Promise((resolve) => worker.once('message', resolve)), failed])
  return {
    run: (until: number): Promise<HealthSample[]> =>
      Promise.race([
        new Promise<HealthSample[]>((resolve) => {
          worker.once('message', (samples: HealthSample[]) => {
            resolve(samples)
            void worker.terminate()
          })
          worker.postMessage({ until })
        }),
        failed,
      ]),
  }
}
