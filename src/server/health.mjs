// @ts-check
/**
 * GET /_warta/health: whether this process takes requests, for a proxy's health probe (Varnish's
 * director: deploy/varnish/warta.vcl). Answered by the server itself, before anything else, with no
 * database read: 200 with the process's id and role while it serves, 503 once it is shutting down, so
 * the proxy stops sending it requests before its connections close.
 */

const PATH = '/_warta/health'

/**
 * Answers the health request; true when it was one (the response is then ended).
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 * @param {{ closing: boolean }} state
 */
export const answerHealth = (req, res, { closing }) => {
  if (req.url !== PATH || (req.method !== 'GET' && req.method !== 'HEAD')) return false
  const body = JSON.stringify({ status: closing ? 'closing' : 'ok', pid: process.pid, role: process.env.WARTA_ROLE || 'all' })
  res.writeHead(closing ? 503 : 200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) })
  res.end(req.method === 'HEAD' ? undefined : body)
  return true
}
