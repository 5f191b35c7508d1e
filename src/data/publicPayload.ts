import 'server-only'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/**
 * Payload for public reads. Public reads never pass a user: every one of them runs as an anonymous
 * reader with `overrideAccess: false`, whatever cookies the browser sends, so a signed-in editor
 * browsing the site sees exactly what the public sees.
 */
export const publicPayload = (): Promise<Payload> => getPayload({ config })
