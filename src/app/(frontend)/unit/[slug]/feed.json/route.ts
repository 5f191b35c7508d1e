import { serveFeed } from '@/data/serveFeed'

// Built per request from cached bytes (conditional GET needs the request); the build never reads the database.
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ slug: string }> }

export const GET = async (request: Request, { params }: Params) => serveFeed(request, 'json', 'unit', (await params).slug)
export const HEAD = GET
