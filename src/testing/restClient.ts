import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'

export type RestResponse<T = Record<string, unknown>> = { status: number; body: T; headers: Headers }

type Options = { body?: unknown; token?: string | null; headers?: Record<string, string> }

/**
 * Payload's REST and GraphQL API, called through the same handlers the Next routes use, without a
 * server: real requests in, real responses out, access control and hooks included.
 */
export const restClient = (payload: Payload) => {
  const base = `${payload.config.serverURL}${payload.config.routes.api}`
  const send = async <T>(method: string, path: string, { body, token, headers = {} }: Options = {}): Promise<RestResponse<T>> => {
    const request = new Request(`${base}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `JWT ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    const pathname = new URL(request.url).pathname
    const response = await handleEndpoints({ config: Promise.resolve(payload.config), path: pathname, request })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers }
  }
  const graphql = async <T>(query: string, { token, variables }: { token?: string | null; variables?: Record<string, unknown> } = {}) => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const request = new Request(`${base}${payload.config.routes.graphQL}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    })
    const response = await GRAPHQL_POST(Promise.resolve(payload.config))(request)
    return { status: response.status, body: (await response.json()) as T }
  }
  /** A multipart upload as a browser sends it: the file part plus the fields as `_payload` JSON (PATCH replaces a file). */
  const upload = async <T = Record<string, unknown>>(
    path: string,
    { file, filename, type, fields = {}, token, method = 'POST' }: { file: Buffer; filename: string; type: string; fields?: Record<string, unknown>; token?: string | null; method?: 'POST' | 'PATCH' },
  ) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file)], { type }), filename)
    form.append('_payload', JSON.stringify(fields))
    const request = new Request(`${base}${path}`, { method, body: form, headers: token ? { Authorization: `JWT ${token}` } : {} })
    const response = await handleEndpoints({ config: Promise.resolve(payload.config), path: new URL(request.url).pathname, request })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON
    }
    return { status: response.status, body: parsed as T, headers: response.headers }
  }
  /** A raw GET (for file downloads): status, headers and bytes. */
  const download = async (url: string, token?: string | null) => {
    const request = new Request(url.startsWith('http') ? url : `${payload.config.serverURL}${url}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
    const response = await handleEndpoints({ config: Promise.resolve(payload.config), path: new URL(request.url).pathname, request })
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) }
  }
  const login = async (email: string, password: string): Promise<string> => {
    const { status, body } = await send<{ token?: string }>('POST', '/users/login', { body: { email, password } })
    if (status !== 200 || !body.token) throw new Error(`Login failed for ${email}: ${status}`)
    return body.token
  }
  return {
    get: <T = Record<string, unknown>>(path: string, options?: Options) => send<T>('GET', path, options),
    post: <T = Record<string, unknown>>(path: string, options?: Options) => send<T>('POST', path, options),
    patch: <T = Record<string, unknown>>(path: string, options?: Options) => send<T>('PATCH', path, options),
    delete: <T = Record<string, unknown>>(path: string, options?: Options) => send<T>('DELETE', path, options),
    graphql,
    upload,
    download,
    login,
  }
}
export type RestClient = ReturnType<typeof restClient>
