import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // sharp and the database drivers stay server-side Node modules, never bundled.
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
