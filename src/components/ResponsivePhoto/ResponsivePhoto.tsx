import { preload } from 'react-dom'

import { renditionPath, renditionsOf, type StoredRendition } from '@/media/renditionFiles'
import type { RenditionName } from '@/media/renditions'
import type { Media } from '@/payload-types'

type Candidate = { url: string; width: number; height: number }

const PROPORTIONAL = {
  fallback: ['small', 'article', 'wide'],
  webp: ['smallWebp', 'articleWebp', 'wideWebp'],
  avif: ['smallAvif', 'articleAvif', 'wideAvif'],
} as const satisfies Record<string, readonly RenditionName[]>
const CARD = { fallback: ['card'], webp: ['cardWebp'], avif: [] } as const satisfies Record<string, readonly RenditionName[]>

/** The renditions of a photo that exist (a small photo has none wider than itself), narrowest first. */
const candidates = (photo: Media, names: readonly RenditionName[]): Candidate[] => {
  const renditions = renditionsOf(photo.renditions)
  return names.flatMap((name) => {
    const r: StoredRendition | undefined = renditions[name]
    return r ? [{ url: renditionPath(r.filename), width: r.width, height: r.height }] : []
  })
}

const srcset = (list: Candidate[]) => list.map((c) => `${c.url} ${c.width}w`).join(', ')

type Props = {
  photo: Media
  /** The `sizes` attribute: how wide the image is drawn, e.g. "(min-width: 48rem) 42rem, 100vw". */
  sizes: string
  /** The page's main image: loaded first, never lazily. */
  priority?: boolean
  /** Whole photo (article) or a 16:9 crop (lists). */
  shape?: 'proportional' | 'card'
  className?: string
}

/**
 * A photo as `<picture>`: AVIF and WebP where the browser takes them, JPEG (or PNG) otherwise, at
 * the widths that exist, with width and height set so nothing shifts while it loads.
 */
export const ResponsivePhoto = ({ photo, sizes, priority = false, shape = 'proportional', className }: Props) => {
  const names = shape === 'card' ? CARD : PROPORTIONAL
  const fallback = candidates(photo, names.fallback)
  const webp = candidates(photo, names.webp)
  const avif = candidates(photo, names.avif)
  // Photos uploaded before renditions existed show their stored (re-encoded) file until
  // `npm run media:check -- --fix` renders them.
  const largest = fallback[fallback.length - 1] ?? (photo.url && photo.width && photo.height ? { url: photo.url, width: photo.width, height: photo.height } : null)
  if (!largest) return null
  if (priority) {
    // The page's largest image: fetched from the <head>, before the parser reaches the <img>, in the
    // best format the browser takes (a preload of a type it does not support is skipped).
    const best = avif.length > 0 ? { type: 'image/avif', list: avif } : webp.length > 0 ? { type: 'image/webp', list: webp } : null
    if (best) preload(best.list[best.list.length - 1]!.url, { as: 'image', type: best.type, imageSrcSet: srcset(best.list), imageSizes: sizes, fetchPriority: 'high' })
  }
  return (
    <picture className={className}>
      {avif.length > 0 && <source type="image/avif" srcSet={srcset(avif)} sizes={sizes} />}
      {webp.length > 0 && <source type="image/webp" srcSet={srcset(webp)} sizes={sizes} />}
      <img
        src={largest.url}
        srcSet={fallback.length > 0 ? srcset(fallback) : undefined}
        sizes={fallback.length > 0 ? sizes : undefined}
        width={largest.width}
        height={largest.height}
        alt={photo.alt}
        loading={priority ? 'eager' : 'lazy'}
        decoding={priority ? 'sync' : 'async'}
        fetchPriority={priority ? 'high' : 'auto'}
      />
    </picture>
  )
}
