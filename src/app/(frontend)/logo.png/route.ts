import sharp from 'sharp'

import { LOGO_SVG } from '@/utilities/brand'

export const dynamic = 'force-static'

/** /logo.png: the publisher logo of structured data, 512×512. */
export async function GET() {
  const png = await sharp(Buffer.from(LOGO_SVG)).png().toBuffer()
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=86400' } })
}
