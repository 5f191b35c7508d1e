import { describe, expect, it } from 'vitest'

import { approvedSnapshot, differsFromApproved, filesOfRecord, publicPhoto, retiredAfter, RETIRED_GRACE_MS, servedToPublic } from './approved'

const NOW = new Date('2026-12-05T03:00:00Z')
const rendition = (filename: string, width = 640) => ({ filename, width, height: 427, mimeType: 'image/jpeg', filesize: 1000 })
const record = (extra: Record<string, unknown> = {}) => ({
  id: 7,
  alt: 'Alt kerja',
  caption: 'Keterangan kerja',
  credit: 'Foto: Humas',
  filename: 'foto-aaaaaaaa.jpg',
  url: '/api/media/file/foto-aaaaaaaa.jpg',
  mimeType: 'image/jpeg',
  width: 2400,
  height: 1600,
  focalX: 50,
  focalY: 50,
  renditions: { small: rendition('foto-aaaaaaaa-small-640x427.jpg'), wide: rendition('foto-aaaaaaaa-wide-1800x1200.jpg', 1800) },
  public: true,
  unit: 3,
  createdAt: '2026-12-01T00:00:00.000Z',
  ...extra,
})

describe('the approved copy of a photo', () => {
  it('should differ from its record exactly when a public field or a file changed since approval', () => {
    const approved = approvedSnapshot(record(), NOW)
    expect(differsFromApproved(record({ approved }))).toBe(false)
    expect(differsFromApproved(record({ approved, caption: 'Baru' }))).toBe(true)
    expect(differsFromApproved(record({ approved, renditions: { small: rendition('lain-bbbbbbbb-small-640x427.jpg') } }))).toBe(true)
    expect(differsFromApproved(record({ approved: null }))).toBe(true)
  })

  it('should show a public reader only the approved copy, pointed at its largest rendition', () => {
    const approved = approvedSnapshot(record(), NOW)
    const view = publicPhoto(record({ approved, caption: 'BELUM DISETUJUI', filename: 'baru-cccccccc.jpg', contributors: [4], retired: [], uploadedBy: 4, fileBase: 'x' }))
    expect(view).toMatchObject({ id: 7, caption: 'Keterangan kerja', url: '/media/foto-aaaaaaaa-wide-1800x1200.jpg', filename: 'foto-aaaaaaaa-wide-1800x1200.jpg', width: 1800 })
    expect(JSON.stringify(view)).not.toMatch(/BELUM|baru-cccccccc|contributors|uploadedBy|fileBase|approved/)
    expect(publicPhoto({ id: 7, alt: 'x' })).toEqual({ id: 7 })
    // Keys the read did not select stay out.
    expect(Object.keys(publicPhoto({ id: 7, alt: 'a', approved }))).toEqual(['id', 'alt'])
  })

  it('should retire renditions that leave the public set for a day, then let them go', () => {
    const before = approvedSnapshot(record(), NOW)
    const after = approvedSnapshot(record({ renditions: { small: rendition('baru-dddddddd-small-640x427.jpg') } }), NOW)
    const { keep, expired } = retiredAfter(before, after, [{ filename: 'tua-eeeeeeee-small-640x427.jpg', at: new Date(NOW.getTime() - RETIRED_GRACE_MS - 1).toISOString() }], NOW)
    expect(keep.map((r) => r.filename).sort()).toEqual(['foto-aaaaaaaa-small-640x427.jpg', 'foto-aaaaaaaa-wide-1800x1200.jpg'])
    expect(expired).toEqual(['tua-eeeeeeee-small-640x427.jpg'])
  })

  it('should serve a public reader approved and recently retired renditions of a public photo only, never the original', () => {
    const approved = approvedSnapshot(record(), NOW)
    const retired = [{ filename: 'tua-eeeeeeee-small-640x427.jpg', at: NOW.toISOString() }]
    const doc = record({ approved, retired, renditions: { small: rendition('kerja-ffffffff-small-640x427.jpg') } })
    expect(servedToPublic(doc, 'foto-aaaaaaaa-small-640x427.jpg', NOW)).toBe(true)
    expect(servedToPublic(doc, 'tua-eeeeeeee-small-640x427.jpg', NOW)).toBe(true)
    expect(servedToPublic(doc, 'tua-eeeeeeee-small-640x427.jpg', new Date(NOW.getTime() + RETIRED_GRACE_MS))).toBe(false)
    expect(servedToPublic(doc, 'kerja-ffffffff-small-640x427.jpg', NOW)).toBe(false)
    expect(servedToPublic(doc, 'foto-aaaaaaaa.jpg', NOW)).toBe(false)
    expect(servedToPublic({ ...doc, public: false }, 'foto-aaaaaaaa-small-640x427.jpg', NOW)).toBe(false)
    expect([...filesOfRecord(doc)].sort()).toEqual(['foto-aaaaaaaa-small-640x427.jpg', 'foto-aaaaaaaa-wide-1800x1200.jpg', 'foto-aaaaaaaa.jpg', 'kerja-ffffffff-small-640x427.jpg', 'tua-eeeeeeee-small-640x427.jpg'])
  })
})
