import type { RenditionName } from './renditions'

/** What a media record keeps about each rendition (the `renditions` JSON field). */
export type StoredRendition = { filename: string; width: number; height: number; mimeType: string; filesize: number }
export type StoredRenditions = Partial<Record<RenditionName, StoredRendition>>

/** The public URL of a rendition file, served by src/app/(frontend)/media/[file]/route.ts. */
export const renditionPath = (filename: string): string => `/media/${encodeURIComponent(filename)}`

/** The names Warta gives the files it writes: lower-case words, digits and dashes, one image extension. */
const FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(jpg|png|webp|avif)$/

const MIME_TYPES = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif' } as const

/** The image type of a file Warta wrote, from its name; null for any other name (`..`, other extensions). */
export const mimeTypeOfFile = (filename: string): string | null => {
  const ext = FILE_NAME.exec(filename)?.[1] as keyof typeof MIME_TYPES | undefined
  return ext ? MIME_TYPES[ext] : null
}

export const renditionsOf = (value: unknown): StoredRenditions => (value && typeof value === 'object' ? (value as StoredRenditions) : {})
