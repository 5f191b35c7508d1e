import { addDataAndFileToRequest, forgotPasswordOperation, headersWithCors, type Endpoint, type PayloadRequest } from 'payload'

import { AccountError } from '@/auth/AccountError'
import { COLLECTIONS } from '@/constants/collections'

const generic = (req: PayloadRequest) =>
  Response.json({ message: req.t('general:success') }, { headers: headersWithCors({ headers: new Headers(), req }) })

/**
 * POST /api/users/forgot-password, in place of Payload's: the same generic 200 for every e-mail,
 * known or not, for input that is no e-mail at all (an object, an array, nothing), where Payload
 * answers 400, and for a repeated request. Only the per-address limit (429) shows through. The link
 * in the e-mail is built from serverURL (see passwordResetEmail), never from the request's Host.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req).catch(() => undefined)
    const email = typeof req.data?.email === 'string' ? req.data.email.trim() : ''
    if (email) {
      try {
        // The generated auth types ask forgot-password for a password too; Payload reads only the e-mail.
        await forgotPasswordOperation({ collection: req.payload.collections[COLLECTIONS.users], data: { email } as never, req })
      } catch (error) {
        if (error instanceof AccountError && error.data.code === 'TOO_MANY_ATTEMPTS') throw error
        if (error instanceof AccountError) return generic(req)
        // Telling the client would tell it that the account exists (only then is an e-mail sent).
        req.payload.logger.error({ err: error, msg: 'Password reset request failed' })
      }
    }
    return generic(req)
  },
}
