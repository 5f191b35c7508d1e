// @ts-check
/**
 * A hash of a set of source files, for deciding whether something built from them is still current:
 * the production app (scripts/lib/build.ts) and the compiled commands (scripts/run.mjs). Tests are left
 * out: changing one rebuilds nothing.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/** @param {string} file */
const isTestFile = (file) => /\.(int\.)?spec\.[jt]sx?$/.test(file) || file.includes(`${path.sep}testing${path.sep}`)

/**
 * @param {string} root
 * @param {string} entry
 * @returns {string[]}
 */
const listFiles = (root, entry) => {
  const full = path.join(root, entry)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [entry]
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)))
}

/**
 * The files and folders (relative to `root`) hashed in a stable order, with `salt` first.
 * @param {string} root
 * @param {string[]} inputs
 * @param {string} [salt]
 */
export const fingerprintOf = (root, inputs, salt = '') => {
  const hash = createHash('sha256').update(salt).update('\0')
  for (const file of inputs.flatMap((entry) => listFiles(root, entry)).filter((f) => !isTestFile(f)).sort()) {
    hash.update(file).update('\0').update(readFileSync(path.join(root, file))).update('\0')
  }
  return hash.digest('hex')
}
