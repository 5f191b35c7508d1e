import type { RenditionName } from './renditions'

/** What a media record keeps about each rendition (the `renditions` JSON field). */
export type StoredRendition = { filename: string; width: number; height: number; mimeType: string; filesize: number }
export type StoredRenditions = Partial<Record<RenditionName, StoredRendition>>

/** The public URL of a rendition file, served by src/app/(frontend)/media/[file]/route.ts. */
export const renditionPath = (filename: string): string => `/media/${encodeURIComponent(filename)}`

const NAME = /^([a-z0-9-]+-[0-9a-f]{8})(?:-[a-z]+(?:-[a-z]+)*-\d+x\d+)?\.(jpg|png|webp|avif)$/

/** The upload a rendition file belongs to: the unique base shared by the original and its renditions. */
export const fileBaseOf = (filename: string): string | null => NAME.exec(filename)?.[1] ?? null

export const renditionsOf = (value: unknown): StoredRenditions => (value && typeof value === 'object' ? (value as StoredRenditions) : {})
