// @ts-check

/** The request's path, dot segments resolved; `//x` stays a path (Next redirects it). */
export const pathOf = (/** @type {string | undefined} */ target = '/') => {
  try {
    return new URL(target.startsWith('/') ? `http://localhost${target}` : target).pathname
  } catch {
    return '/'
  }
}
