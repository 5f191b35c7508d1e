/** Codes of the requests src/proxy.ts refuses, in Payload's error shape. */
export const REFUSALS = {
  CROSS_SITE_REQUEST: { status: 403, message: 'Permintaan dari situs lain ditolak.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'Metode ini tidak diterima di alamat ini.' },
  INTERNAL_COLLECTION: { status: 403, message: 'Data internal ini tidak tersedia lewat API.' },
  UNAUTHENTICATED: { status: 401, message: 'Silakan masuk terlebih dahulu.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Kirim isi permintaan sebagai JSON (application/json) atau formulir multipart.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'Isi permintaan terlalu besar.' },
} as const
export type RefusalCode = keyof typeof REFUSALS

/** A refusal as Payload answers errors: `{ errors: [{ message, data: { code } }] }`. */
export const refusal = (code: RefusalCode, headers: Record<string, string> = {}): Response =>
  Response.json({ errors: [{ message: REFUSALS[code].message, data: { code } }] }, { status: REFUSALS[code].status, headers: { 'Cache-Control': 'no-store', ...headers } })
