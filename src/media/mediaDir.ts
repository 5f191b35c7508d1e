import path from 'node:path'

/** Where uploads live: `media/` at the project root unless MEDIA_DIR says otherwise (tests use a temp dir). */
export const mediaDir = (): string => path.resolve(process.env.MEDIA_DIR || path.join(process.cwd(), 'media'))
