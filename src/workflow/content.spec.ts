import { describe, expect, it } from 'vitest'

import { missingContent } from './content'

const body = (text: string) => ({ root: { children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })
const complete = {
  title: 'Polres Blora Gelar Rakor',
  unit: 3,
  activityType: 2,
  activityAt: '2026-11-20T02:00:00.000Z',
  datelineCity: 'BLORA',
  summary: 'Ringkasan.',
  body: body('BLORA — Isi berita.'),
}

describe('missingContent', () => {
  it('should find nothing missing in a complete report', () => {
    expect(missingContent(complete)).toEqual([])
  })

  it('should name empty, blank and absent fields, and a body without any text', () => {
    expect(missingContent({ ...complete, title: '  ', summary: undefined, body: body('   ') })).toEqual(['title', 'summary', 'body'])
    expect(missingContent({ ...complete, body: { root: { children: [] } }, unit: null })).toEqual(['unit', 'body'])
  })
})
