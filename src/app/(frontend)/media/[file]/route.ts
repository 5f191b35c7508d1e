import { publicPayload } from '@/data/publicPayload'
import { serveRendition } from '@/media/serveRendition'

export const dynamic = 'force-dynamic'

/** GET /media/{file}: a photo rendition (see src/media/serveRendition.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  return serveRendition(await publicPayload(), decodeURIComponent(file), request.headers)
}
