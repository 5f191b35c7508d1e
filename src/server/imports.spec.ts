import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const SELF = fileURLToPath(import.meta.url)

/** Static imports and re-exports, side-effect imports, dynamic imports (and JSDoc's `import()` types), require. */
const SPECIFIERS = [/\bfrom\s*['"]([^'"]+)['"]/g, /^\s*import\s*['"]([^'"]+)['"]/gm, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g]

/** The specifiers in `text` (of a file in `dir`) that reach outside src/server other than as a package. */
const outsideImports = (dir: string, text: string): string[] =>
  SPECIFIERS.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1] ?? '')).filter((specifier) => {
    if (specifier.startsWith('@/') || specifier === '@payload-config' || path.isAbsolute(specifier)) return true
    if (!specifier.startsWith('.')) return false
    const relative = path.relative(HERE, path.resolve(dir, specifier))
    return relative.startsWith('..') || path.isAbsolute(relative)
  })

const serverFiles = () =>
  readdirSync(HERE, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(mjs|js|ts)$/.test(file))
    .map((file) => path.join(HERE, file))

describe('the serving layer', () => {
  it('should import nothing from outside src/server but packages', () => {
    const files = serverFiles().filter((file) => file !== SELF)
    expect(files.map((file) => path.basename(file))).toContain('nextServer.mjs')
    const offending = files.flatMap((file) => outsideImports(path.dirname(file), readFileSync(file, 'utf8')).map((specifier) => `${path.relative(HERE, file)}: ${specifier}`))
    expect(offending).toEqual([])
  })

  it('should see every kind of import that could climb out', () => {
    const kinds = ["import { a } from '../cache/a.mjs'", "export { b } from '@/http/b'", "import '../../scripts/c.mjs'", "await import('../d.mjs')", "require('../e.js')", "/** @type {import('@/f').F} */"]
    for (const text of kinds) expect(outsideImports(HERE, text), text).toHaveLength(1)
    const allowed = ["import { a } from './a.mjs'", "import fresh from 'fresh'", "import { x } from 'node:http'", "await import('./nested/../b.mjs')", "require('next/dist/compiled/compression')"]
    for (const text of allowed) expect(outsideImports(HERE, text), text).toEqual([])
  })
})
