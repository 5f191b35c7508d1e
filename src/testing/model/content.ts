import { lexicalDoc } from '../lexical'

import type { Content, Model } from './state'

/** A Lexical body: the report's words (with their token) and the photos placed in it. */
export const bodyOf = (m: Model, content: Pick<Content, 'bodyText' | 'bodyPhotos'>) =>
  content.bodyText === null && content.bodyPhotos.length === 0
    ? null
    : lexicalDoc(
        content.bodyText === null ? [] : [`PALEMBANG — ${content.bodyText}`],
        content.bodyPhotos.map((key) => m.photos[key]?.id),
      )

/** The REST data of a report's content (all of it: the model always sends whole fields). */
export const reportDataOf = (m: Model, content: Content, unitId?: number | string) => ({
  title: content.title,
  ...(unitId !== undefined ? { unit: unitId } : {}),
  activityType: m.types.find((t) => t.key === content.activityType)?.id,
  activityAt: '2026-11-20T02:00:00.000Z',
  datelineCity: 'Palembang',
  summary: content.summary,
  body: bodyOf(m, content),
  leadPhoto: content.lead === null ? null : m.photos[content.lead]?.id,
  gallery: content.gallery.map((key) => m.photos[key]?.id),
  tags: content.tags.map((key) => m.tags[key]?.id),
})
