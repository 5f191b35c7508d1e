// @ts-check
/**
 * Next's own cache handler (the in-memory one next.config.mjs sets up), told apart in two ways:
 * - every tag it expires goes through ./sharedExpiry.mjs, which moves the public generation
 *   (./publicGeneration.mjs) before the tags expire here and again once they have, then (in the
 *   scaled topology) expires them in every other process and purges them from Varnish. Next expires
 *   the tags a request asked for only after its handler returned; here is where that really happens,
 *   whoever asked (a Payload hook, the revalidation endpoint). An answer the production server keeps
 *   in front of Next is then never older than Next's cache.
 * - every entry a request gets or sets notes its tags for that request (./requestTags.mjs), so the
 *   answer can name them in Surrogate-Key for a cache in front.
 * - an entry is not kept when one of its tags expired while the request that made it ran: it may have
 *   been made from what the database said before the change (a page rendering while its report was
 *   withdrawn). Next stamps an entry when it is set, so it would otherwise outlive the expiry it
 *   missed, until the next change of the same tags.
 */
import { createRequire } from 'node:module'

import { expiredSince } from './publicGeneration.mjs'
import { noteTags, requestGeneration } from './requestTags.mjs'
import { expireEverywhere } from './sharedExpiry.mjs'

const require = createRequire(import.meta.url)
/**
 * Next's handler, untyped (its types are internal to Next). Entries: `{ value: { kind, headers, ... } }`;
 * contexts: `{ kind, tags, fetchCache, ... }`.
 * @typedef {{ value?: { kind?: string; headers?: Record<string, unknown> } | null }} Entry
 * @typedef {{ tags?: string[]; [name: string]: unknown }} Context
 * @type {new (context: unknown) => any}
 */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

/** Next's header on a page or route entry: the tags of all it was made from. */
const TAGS_HEADER = 'x-next-cache-tags'

export default class PublicCacheHandler extends FileSystemCache {
  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags
    await expireEverywhere(list, durations, (expired, given) => super.revalidateTag(expired, given))
  }

  /** @param {string} key @param {Context} [context] @returns {Promise<Entry | null | undefined>} */
  async get(key, context) {
    // The tags a read asks under (unstable_cache's), whether or not the entry is there: the request
    // depends on that data either way.
    noteTags(context?.tags)
    const entry = await super.get(key, context)
    if (entry?.value) noteTags(entry.value.headers?.[TAGS_HEADER])
    return entry
  }

  /** @param {string} key @param {Entry['value']} data @param {Context} [context] */
  async set(key, data, context) {
    noteTags(context?.tags)
    noteTags(data?.headers?.[TAGS_HEADER])
    const began = requestGeneration()
    if (began !== undefined) {
      const tags = [...(context?.tags ?? []), ...String(data?.headers?.[TAGS_HEADER] ?? '').split(',')].map((tag) => tag.trim()).filter((tag) => tag && !tag.startsWith('_N_T_'))
      if (expiredSince(tags, began)) return
    }
    return super.set(key, data, context)
  }
}
