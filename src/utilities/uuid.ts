import { createHash } from 'node:crypto'

/** Warta's namespace for name-based UUIDs (a random UUID, fixed once and for all). */
export const WARTA_NAMESPACE = '6f0e6a8c-3b0d-4f4e-9a53-2b1f0c7d9e41'

const bytesOf = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex')

/** RFC 9562 version 5 UUID of `name` in `namespace`: the same name always gives the same UUID. Pure. */
export const uuidV5 = (name: string, namespace = WARTA_NAMESPACE): string => {
  const hash = createHash('sha1').update(bytesOf(namespace)).update(name, 'utf8').digest()
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** A report's id in feeds: stable across edits of its title, slug or body, and never a bare number. */
export const reportGuid = (id: number | string): string => `urn:uuid:${uuidV5(`report:${id}`)}`
