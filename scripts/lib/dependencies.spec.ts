import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

// Read from node_modules directly: several packages do not export their package.json.
const manifest = (name: string): { version: string; dependencies?: Record<string, string> } =>
  JSON.parse(readFileSync(path.join('node_modules', name, 'package.json'), 'utf8'))
const ours = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }

describe('dependencies', () => {
  it('should keep payload and every @payloadcms package on one exact version', () => {
    const payloadPackages = Object.keys(ours.dependencies).filter((name) => name === 'payload' || name.startsWith('@payloadcms/'))
    const declared = new Set(payloadPackages.map((name) => ours.dependencies[name]))
    const installed = new Set(payloadPackages.map((name) => manifest(name).version))
    expect(declared.size).toBe(1)
    expect([...installed]).toEqual([...declared])
  })

  it("should run tsx at the version Payload's own bin uses", () => {
    // Two tsx versions share one transform cache in the temp dir and read each other's entries:
    // after `payload generate:importmap`, our scripts then hung on load and exited with code 13.
    expect(manifest('tsx').version).toBe(manifest('payload').dependencies?.tsx)
  })
})
