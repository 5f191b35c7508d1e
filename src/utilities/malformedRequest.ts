import type { AfterErrorHook } from 'payload'

/** What busboy says about a broken multipart body: the client's fault, not a server error. */
const MALFORMED = /^(Malformed part header|Unexpected end of (form|file)|Multipart: Boundary not found|Malformed urlencoded form)/

/**
 * Payload answers a request body it cannot parse (a NUL byte in an upload's file name, a cut-off
 * form) with 500. It is a bad request: 400 with a stable code.
 */
export const malformedRequestIsClientError: AfterErrorHook = ({ error }) => {
  if (!MALFORMED.test(error.message)) return
  return {
    status: 400,
    response: { errors: [{ name: 'MalformedRequest', message: 'Permintaan tidak dapat dibaca: periksa berkas dan nama berkasnya.', data: { code: 'MALFORMED_REQUEST' } }] },
  }
}
