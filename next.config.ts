import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // sharp and the database drivers stay server-side Node modules, never bundled.
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql'],
  // Rendered pages and cached data live in memory only (an LRU of this size), never on disk: a
  // restart, or a database restored behind the server's back, can never serve what the database no
  // longer says.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  // The home page is a parameterised route so that the build never reads the database (see it).
  rewrites: async () => ({ beforeFiles: [{ source: '/', destination: '/beranda' }], afterFiles: [], fallback: [] }),
  redirects: async () => [{ source: '/beranda/:slot*', destination: '/', permanent: true }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
