/**
 * The ceiling a cache's hits are compared with: Debian's nginx serving, from files, the exact bytes
 * a running server answered for the same paths (gzip with `gzip_static`, identity otherwise), with
 * no access log, and by default with the same response headers (every header the server sent but
 * those nginx writes itself or a cache adds per hit: the security headers and CSP, Cache-Control,
 * Surrogate-Key, ETag, Vary), so that both send the same answer; `ownHeaders` leaves nginx its own
 * few. What nginx cannot beat is the machine; what the cache spends beyond it is its own.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'

export type StaticCopy = { path: string; gzipBytes: number; identityBytes: number; sourceHeaderBytes: number }

export type NginxCeiling = { origin: string; pid: number; copies: StaticCopy[]; headerBytes: number; stop: () => Promise<void> }

type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; headerBytes: number }

/** The answer's bytes as they came over the wire (fetch would have decompressed them). */
export const rawGet = (url: string, headers: Record<string, string> = {}): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent: false }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        // Each header as `Name: value\r\n`.
        const headerBytes = response.rawHeaders.reduce((sum, part) => sum + part.length + 2, 0)
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks), headerBytes })
      })
      response.on('error', reject)
    })
    request.on('error', reject)
    request.setTimeout(10_000, () => request.destroy(new Error(`${url}: no answer within 10 s`)))
  })

/** Where a URL path's bytes go under the document root: `/` is index.html. */
const fileFor = (urlPath: string): string => (urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath).slice(1)

/** Headers nginx writes itself (or that a cache adds per hit, or that describe the framing): not copied. */
const NOT_COPIED = new Set(['date', 'server', 'content-length', 'content-encoding', 'content-type', 'connection', 'keep-alive', 'transfer-encoding', 'age', 'x-cache', 'x-varnish', 'via', 'accept-ranges', 'last-modified'])

/** A value as an nginx double-quoted string; `$` would start a variable, so a value with one is refused. */
const quoted = (value: string): string => {
  if (value.includes('$')) throw new Error(`a header value with "$" cannot be copied into nginx's configuration: ${value}`)
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/** One exact location per copied path (and `/index.html`, where `/` ends up), sending its answer's headers. */
const locations = (copies: { urlPath: string; headers: http.IncomingHttpHeaders }[]): string =>
  copies
    .flatMap(({ urlPath, headers }) => {
      const lines = Object.entries(headers)
        .filter(([name, value]) => !NOT_COPIED.has(name) && value !== undefined)
        .flatMap(([name, value]) => (Array.isArray(value) ? value : [String(value)]).map((one) => `      add_header ${name} ${quoted(one)} always;`))
      const block = (where: string) => `    location = ${where} {\n${lines.join('\n')}\n    }`
      return urlPath.endsWith('/') ? [block(urlPath), block(`${urlPath}index.html`)] : [block(urlPath)]
    })
    .join('\n')

const config = (dir: string, port: number, copied?: string) => `
daemon off;
master_process on;
worker_processes 2;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  types { text/html html; application/rss+xml xml; application/atom+xml atom; application/json json; }
  # Report pages have no extension.
  default_type text/html;
  access_log off;
  sendfile on;
  tcp_nopush on;
  # As Varnish and Node keep a client's connection: wrk never reconnects.
  keepalive_requests 1000000;
  gzip_static on;
  # With the server's headers copied, its Vary and ETag are sent instead of nginx's own.
  gzip_vary ${copied === undefined ? 'on' : 'off'};
  etag ${copied === undefined ? 'on' : 'off'};
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    index index.html;
${copied ?? ''}
  }
}
`

const answers = async (url: string): Promise<boolean> => {
  try {
    return (await rawGet(url)).status === 200
  } catch {
    return false
  }
}

const stopChild = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  clearTimeout(timer)
}

/**
 * Copies `paths` from `source` (a running server, `http://127.0.0.1:port`) into `dir` and serves them
 * with nginx on `port`. `dir` must be readable by nginx's workers (`nobody` when started as root).
 */
export const startNginxCeiling = async ({
  source,
  paths,
  port,
  dir,
  ownHeaders = false,
}: {
  source: string
  paths: string[]
  port: number
  dir: string
  ownHeaders?: boolean
}): Promise<NginxCeiling> => {
  mkdirSync(path.join(dir, 'tmp'), { recursive: true })
  const copies: StaticCopy[] = []
  const answered: { urlPath: string; headers: http.IncomingHttpHeaders }[] = []
  for (const urlPath of paths) {
    const gzip = await rawGet(`${source}${urlPath}`, { 'accept-encoding': 'gzip' })
    const identity = await rawGet(`${source}${urlPath}`)
    if (gzip.status !== 200 || identity.status !== 200)
      throw new Error(`${source}${urlPath} answered ${gzip.status}/${identity.status}: no ceiling without its bytes`)
    if (gzip.headers['content-encoding'] !== 'gzip') throw new Error(`${source}${urlPath} did not answer gzip to a client accepting it`)
    const file = path.join(dir, 'www', fileFor(urlPath))
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, identity.body)
    writeFileSync(`${file}.gz`, gzip.body)
    copies.push({ path: urlPath, gzipBytes: gzip.body.length, identityBytes: identity.body.length, sourceHeaderBytes: gzip.headerBytes })
    answered.push({ urlPath, headers: gzip.headers })
  }
  chmodSync(dir, 0o755)
  writeFileSync(path.join(dir, 'nginx.conf'), config(dir, port, ownHeaders ? undefined : locations(answered)))
  const child = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  // A bench stopped by a signal exits without reaching its clean-up's `finally`: nginx goes with it.
  const onExit = () => child.kill('SIGTERM')
  process.on('exit', onExit)
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  while (!(await answers(`${origin}${paths[0] ?? '/'}`))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stopChild(child)
      process.off('exit', onExit)
      throw new Error(`nginx did not start on ${origin}: ${stderr.trim() || `see ${dir}/error.log`}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const sample = await rawGet(`${origin}${paths[0] ?? '/'}`, { 'accept-encoding': 'gzip' })
  if (sample.headers['content-encoding'] !== 'gzip') throw new Error('nginx did not serve the .gz file (gzip_static)')
  return {
    origin,
    pid: child.pid!,
    copies,
    headerBytes: sample.headerBytes,
    stop: async () => {
      await stopChild(child)
      process.off('exit', onExit)
    },
  }
}
