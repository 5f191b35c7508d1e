import type { CollectionBeforeChangeHook } from 'payload'

/** The first publication time is set once, when a report first goes live, and never moves after. */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (originalDoc?.publishedAt) {
    data.publishedAt = originalDoc.publishedAt
  } else if (data._status === 'published' && !data.publishedAt) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
