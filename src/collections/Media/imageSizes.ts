import type { ImageSize } from 'payload'

const webp = { format: 'webp' as const, options: { quality: 78 } }
const avif = { format: 'avif' as const, options: { quality: 50, effort: 2 } }

type Variant = { suffix: string; formatOptions?: ImageSize['formatOptions'] }
const ORIGINAL: Variant = { suffix: '' }
const WEBP: Variant = { suffix: 'Webp', formatOptions: webp }
const AVIF: Variant = { suffix: 'Avif', formatOptions: avif }

const variants = (base: Omit<ImageSize, 'name'> & { name: string }, formats: Variant[]): ImageSize[] =>
  formats.map(({ suffix, formatOptions }) => ({ ...base, name: `${base.name}${suffix}`, ...(formatOptions ? { formatOptions } : {}) }))

/**
 * The sizes the site and feeds use. Crops (thumbnail 4:3, card 16:9) follow the photo's focal point;
 * proportional sizes (small, article, wide) keep the whole photo and come in the original format,
 * WebP and AVIF. The 1200×630 share image and the 1:1, 4:3 and 16:9 crops that search engines ask for
 * come in the original format. No size is larger than the original: a smaller photo just has fewer.
 */
export const IMAGE_SIZES: ImageSize[] = [
  ...variants({ name: 'thumbnail', width: 400, height: 300, position: 'centre', withoutEnlargement: true }, [ORIGINAL, WEBP]),
  ...variants({ name: 'card', width: 800, height: 450, position: 'centre', withoutEnlargement: true }, [ORIGINAL, WEBP]),
  ...variants({ name: 'small', width: 640, withoutEnlargement: true }, [ORIGINAL, WEBP, AVIF]),
  ...variants({ name: 'article', width: 1200, withoutEnlargement: true }, [ORIGINAL, WEBP, AVIF]),
  ...variants({ name: 'wide', width: 1800, withoutEnlargement: true }, [ORIGINAL, WEBP, AVIF]),
  { name: 'share', width: 1200, height: 630, position: 'centre' },
  { name: 'square', width: 1200, height: 1200, position: 'centre' },
  { name: 'fourByThree', width: 1200, height: 900, position: 'centre' },
  { name: 'sixteenByNine', width: 1200, height: 675, position: 'centre' },
]

/** Proportional sizes for `srcset`, narrowest first, per format. */
export const PROPORTIONAL_SIZES = {
  original: ['small', 'article', 'wide'],
  webp: ['smallWebp', 'articleWebp', 'wideWebp'],
  avif: ['smallAvif', 'articleAvif', 'wideAvif'],
} as const

/** 16:9 crops for list cards, per format. */
export const CARD_SIZES = { original: ['card'], webp: ['cardWebp'] } as const
