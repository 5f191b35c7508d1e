import { describe, expect, it } from 'vitest'

import { mimeTypeOfFile } from './renditionFiles'
import { cropBox } from './renditions'

describe('mimeTypeOfFile', () => {
  it.each([
    ['rakor-pengamanan-3f2a9c1d.jpg', 'image/jpeg'],
    ['rakor-pengamanan-3f2a9c1d-article-webp-1200x800.webp', 'image/webp'],
    ['rakor-3f2a9c1d-ab12-four-by-three-1200x900.jpg', 'image/jpeg'],
    ['foto-00000000-small-avif-640x427.avif', 'image/avif'],
    ['logo-3f2a9c1d-small-640x427.png', 'image/png'],
  ])('should know the type of %s', (file, type) => {
    expect(mimeTypeOfFile(file)).toBe(type)
  })

  it.each([['../etc/passwd'], ['rakor.jpg/..'], ['rakor-3f2a9c1d.svg'], ['Rakor-3F2A9C1D.jpg'], ['rakor--x.jpg'], ['.jpg'], ['']])('should refuse %j', (file) => {
    expect(mimeTypeOfFile(file)).toBeNull()
  })
})

describe('cropBox', () => {
  const master = { width: 1800, height: 1200 }

  it('should centre a crop on the focal point and keep it inside the photo', () => {
    expect(cropBox(master, { width: 800, height: 450 }, { x: 50, y: 50 }, false)).toEqual({ scaledWidth: 800, scaledHeight: 533, left: 0, top: 42, width: 800, height: 450 })
    // A focal point near the top-left corner pins the crop to that corner.
    expect(cropBox(master, { width: 800, height: 450 }, { x: 2, y: 2 }, false)).toMatchObject({ left: 0, top: 0 })
    expect(cropBox(master, { width: 400, height: 300 }, { x: 90, y: 50 }, false)).toMatchObject({ scaledWidth: 450, scaledHeight: 300, left: 50, top: 0 })
  })

  it('should not enlarge a small photo for display crops, and enlarge it for share crops', () => {
    const small = { width: 600, height: 400 }
    expect(cropBox(small, { width: 800, height: 450 }, { x: 50, y: 50 }, false)).toMatchObject({ width: 600, height: 400 })
    expect(cropBox(small, { width: 1200, height: 630 }, { x: 50, y: 50 }, true)).toMatchObject({ scaledWidth: 1200, scaledHeight: 800, width: 1200, height: 630, top: 85 })
  })
})
