/** Public URLs: the one place each path is spelled. */
export const reportPath = (slug: string): string => `/berita/${encodeURIComponent(slug)}`
export const unitPath = (slug: string): string => `/unit/${encodeURIComponent(slug)}`
export const activityTypePath = (slug: string): string => `/kategori/${encodeURIComponent(slug)}`
export const tagPath = (slug: string): string => `/tag/${encodeURIComponent(slug)}`
