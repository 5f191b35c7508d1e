const ADMIN_ROUTE = '/admin'

/**
 * Whether `redirect` (a login page's `?redirect=`) keeps the browser in this site's admin: a path
 * under /admin that resolves to the site's own origin, with no backslash, control character or
 * encoded slash that a browser or router could read as another host.
 */
export const isSafeAdminRedirect = (redirect: string, siteOrigin: string): boolean => {
  if (!/^\/admin(?:[/?#]|$)/.test(redirect)) return false
  const [path = ''] = redirect.split(/[?#]/)
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(redirect) || /%(?:[01][0-9a-f]|2f|5c|7f)/i.test(path)) return false
  try {
    const target = new URL(redirect, siteOrigin)
    return target.origin === siteOrigin && (target.pathname === ADMIN_ROUTE || target.pathname.startsWith(`${ADMIN_ROUTE}/`))
  } catch {
    return false
  }
}
