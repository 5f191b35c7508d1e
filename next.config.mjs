// @ts-check
// Plain JavaScript, so that the production server loads its config as it is, without compiling
// TypeScript at run time (README, "How commands run").
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

/** @typedef {import('next').NextConfig} NextConfig */

/** @type {NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The production server (src/server/nextServer.mjs) compresses, after it has hashed each
  // page's inline scripts into the Content-Security-Policy; Next compressing first would hide them.
  compress: false,
  // Next would hash a cached page for its ETag on every hit (a JavaScript loop over the whole text,
  // a tenth of a cache hit's time on the home page): the production server tags each final page
  // once instead, and answers If-None-Match itself. Static files keep Last-Modified.
  generateEtags: false,
  // `npm test` type-checks the whole tree (tsc --noEmit); the build that `npm start` makes does not
  // check again (5 s of a first start).
  typescript: { ignoreBuildErrors: true },
  // Browsers get no source maps (the 404 for *.js.map is tested).
  productionBrowserSourceMaps: false,
  // sharp, the database drivers and the Redis client stay server-side Node modules, never bundled
  // (one Redis connection per process is shared with the server's own modules: src/server/sharedRedis.mjs).
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql', 'ioredis', 'rate-limiter-flexible'],
  // Rendered pages and cached data live in memory only (an LRU of this size), never on disk: a
  // restart, or a database restored behind the server's back, can never serve what the database no
  // longer says.
  cacheMaxMemorySize: 256 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  // That same cache, which also tells the production server when a tag expires: the server keeps
  // whole public answers in front of Next only until then (src/server/frontCache.mjs).
  cacheHandler: fileURLToPath(new URL('./src/server/nextCacheHandler.mjs', import.meta.url)),
  // The home page is a parameterised route so that the build never reads the database (see it).
  rewrites: async () => ({ beforeFiles: [{ source: '/', destination: '/beranda' }], afterFiles: [], fallback: [] }),
  redirects: async () => [{ source: '/beranda/:slot*', destination: '/', permanent: true }],
}

const withAdmin = withPayload(nextConfig, { devBundleServerPackages: false })

/** @typedef {Awaited<ReturnType<NonNullable<NextConfig['headers']>>>[number]} HeaderRule */
/** @param {HeaderRule} rule */
const asksForColourScheme = (rule) => rule.headers.some((header) => header.key === 'Critical-CH')

// Payload asks every browser for its colour scheme on every path with `Critical-CH`, which makes
// Chromium fetch each page twice on a first visit (Lighthouse: a redirect costing ~600 ms on mobile).
// Only the admin has a dark mode: keep the hint there.
const payloadHeaders = withAdmin.headers

/** @type {NextConfig} */
export default {
  ...withAdmin,
  headers: async () => ((await payloadHeaders?.()) ?? []).map((rule) => (asksForColourScheme(rule) ? { ...rule, source: '/admin/:path*' } : rule)),
}
