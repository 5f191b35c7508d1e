// @ts-check
/**
 * Which request paths the app has a route for, from the production build's route table
 * (.next/routes-manifest.json): its static and dynamic routes, rewrites and redirects. The site's
 * catch-all route (`/[...unknown]`, which only renders the 404 page) does not count, nor does any other
 * route that matches everything. A path no route claims gets the site's 404 document straight from the
 * production server (./hardenResponse.mjs), without a render through Next: scanners asking for
 * `/wp-login.php` or `/.env` all day then cost a lookup, not a page render.
 *
 * Only plain paths are judged: anything with a percent-escape, a dot segment, an empty segment or a
 * character outside RFC 3986's path characters goes to Next, which normalises it as it always has.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

const PLAIN_PATH = /^(\/[A-Za-z0-9._~!$&'()*+,;=:@-]+)*\/?$/
/** Next's own files: always Next's to answer. */
const NEXT_FILES = /^\/(_next|__nextjs)/
/** Paths every catch-all claims: a route matching all of them claims everything. */
const PROBES = ['/a', '/x/y/z.php', '/.env', '/wp-login.php']

/**
 * @typedef {{ regex: string; page?: string }} ManifestRoute
 * @typedef {{ staticRoutes?: ManifestRoute[]; dynamicRoutes?: ManifestRoute[]; redirects?: ManifestRoute[];
 *   rewrites?: ManifestRoute[] | { beforeFiles?: ManifestRoute[]; afterFiles?: ManifestRoute[]; fallback?: ManifestRoute[] } }} RoutesManifest
 */

/**
 * A predicate over request paths (without the query): true when some route of the build may answer
 * it, false when only the catch-all would (an unknown path), undefined when the path is not plain
 * enough to judge here.
 * @param {RoutesManifest} manifest
 * @returns {(pathname: string) => boolean | undefined}
 */
export const routeMatcher = (manifest) => {
  const rewrites = Array.isArray(manifest.rewrites) ? manifest.rewrites : [...(manifest.rewrites?.beforeFiles ?? []), ...(manifest.rewrites?.afterFiles ?? []), ...(manifest.rewrites?.fallback ?? [])]
  const patterns = [...(manifest.redirects ?? []), ...rewrites, ...(manifest.staticRoutes ?? []), ...(manifest.dynamicRoutes ?? [])]
    // Case-insensitive: a route that might answer a path in other capitals is left to Next.
    .map((route) => new RegExp(route.regex, 'i'))
    // A route that claims every path (the catch-all) says nothing about any of them.
    .filter((pattern) => !PROBES.every((probe) => pattern.test(probe)))
  return (pathname) => {
    if (NEXT_FILES.test(pathname)) return true
    if (!PLAIN_PATH.test(pathname) || /\/\.{1,2}(\/|$)/.test(pathname)) return undefined
    return patterns.some((pattern) => pattern.test(pathname))
  }
}

/** The matcher for the production build in `nextDir` (.next). */
export const routeTable = (/** @type {string} */ nextDir) => routeMatcher(JSON.parse(readFileSync(path.join(nextDir, 'routes-manifest.json'), 'utf8')))
