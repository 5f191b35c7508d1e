// @ts-check
/**
 * Next's own cache handler (the in-memory one next.config.mjs sets up), told apart in one way: every
 * tag it expires moves the public generation (./publicGeneration.mjs), before the tags expire and
 * again once they have. Next expires the tags a request asked for only after its handler returned;
 * here is where that really happens, whoever asked (a Payload hook, the revalidation endpoint).
 * An answer the production server keeps in front of Next is then never older than Next's cache.
 */
import { createRequire } from 'node:module'

import { advancePublicGeneration } from './publicGeneration.mjs'

const require = createRequire(import.meta.url)
/** @type {new (context: unknown) => { revalidateTag: (...args: unknown[]) => Promise<void> }} */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

export default class PublicCacheHandler extends FileSystemCache {
  /** @param {unknown[]} args */
  async revalidateTag(...args) {
    advancePublicGeneration()
    try {
      return await super.revalidateTag(...args)
    } finally {
      advancePublicGeneration()
    }
  }
}
