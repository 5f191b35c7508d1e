import sharp from 'sharp'

import { SHARE_SVG } from '@/utilities/brand'

export const dynamic = 'force-static'

/** /og-default.png: the 1200×630 share image of pages without a photo. */
export async function GET() {
  const png = await sharp(Buffer.from(SHARE_SVG)).png().toBuffer()
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' } })
}
