import { serveFeed } from '@/data/serveFeed'

// Built per request from cached bytes (conditional GET needs the request); the build never reads the database.
export const dynamic = 'force-dynamic'

export const GET = async (request: Request) => serveFeed(request, 'json', 'all')
export const HEAD = GET
