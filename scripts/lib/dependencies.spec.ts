import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { auditVerdict, compareVersions, installedPackages, lowestAllowed, versionProblems, type InstalledPackage } from './dependencies'

// Read from node_modules directly: several packages do not export their package.json.
const manifest = (name: string): { version: string; dependencies?: Record<string, string> } =>
  JSON.parse(readFileSync(path.join('node_modules', name, 'package.json'), 'utf8'))
const ours = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }

const installed = (entries: Record<string, string>): InstalledPackage[] => Object.entries(entries).map(([name, version]) => ({ name, version, dir: `node_modules/${name}` }))
const GOOD = { payload: '3.90.2', '@payloadcms/next': '3.90.2', '@payloadcms/ui': '3.90.2', next: '16.4.6', 'drizzle-orm': '0.45.2' }

describe('dependencies', () => {
  it('should keep payload and every @payloadcms package on one exact version', () => {
    const payloadPackages = Object.keys(ours.dependencies).filter((name) => name === 'payload' || name.startsWith('@payloadcms/'))
    const declared = new Set(payloadPackages.map((name) => ours.dependencies[name]))
    const installedVersions = new Set(payloadPackages.map((name) => manifest(name).version))
    expect(declared.size).toBe(1)
    expect([...installedVersions]).toEqual([...declared])
  })

  it('should find every installed copy, the ones package.json does not name included, and pass the floors', () => {
    const found = installedPackages(process.cwd())
    // @payloadcms/drizzle and @payloadcms/graphql come in through the adapters, not package.json.
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['payload', '@payloadcms/drizzle', '@payloadcms/graphql', 'next', 'drizzle-orm']))
    expect(versionProblems(found, ours.dependencies)).toEqual([])
  })

  it('should run every command as compiled JavaScript, never through a TypeScript loader', () => {
    const scripts = Object.values((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts)
    // A TypeScript loader always names the .ts file it runs, or is preloaded with --import or --loader.
    expect(scripts.filter((command) => /\.ts\b|--import|--loader|--require/.test(command))).toEqual([])
    expect(Object.keys(ours.dependencies).filter((name) => /^ts(-node|x)$/.test(name))).toEqual([])
  })
})

describe('dependency floors (E42)', () => {
  it('should order versions as semver does', () => {
    expect(compareVersions('3.90.0', '3.90.0')).toBe(0)
    expect(compareVersions('3.89.9', '3.90.0')).toBeLessThan(0)
    expect(compareVersions('3.100.0', '3.90.0')).toBeGreaterThan(0)
    expect(compareVersions('3.90.0-canary.1', '3.90.0')).toBeLessThan(0)
    expect(compareVersions('0.45.10', '0.45.2')).toBeGreaterThan(0)
    expect(lowestAllowed('^16.4.6')).toBe('16.4.6')
    expect(lowestAllowed('~0.45.2')).toBe('0.45.2')
  })

  it('should pass one payload version at the floor, next at the declared version and drizzle-orm at 0.45.2', () => {
    expect(versionProblems(installed(GOOD), { next: '16.4.6' })).toEqual([])
  })

  it('should fail when one @payloadcms package (even a nested copy) is on another version', () => {
    const tree = [...installed(GOOD), { name: '@payloadcms/ui', version: '3.90.1', dir: 'node_modules/@payloadcms/next/node_modules/@payloadcms/ui' }]
    expect(versionProblems(tree, { next: '16.4.6' })).toEqual([expect.stringContaining('several versions')])
  })

  it('should fail below the payload floor, below the declared next and below drizzle-orm 0.45.2', () => {
    const old = installed({ payload: '3.89.1', '@payloadcms/next': '3.89.1', next: '16.4.5', 'drizzle-orm': '0.45.1' })
    const problems = versionProblems(old, { next: '^16.4.6' })
    expect(problems).toEqual([expect.stringContaining('payload@3.89.1 is below 3.90.0'), expect.stringContaining('@payloadcms/next@3.89.1 is below'), expect.stringContaining('next@16.4.5 is below 16.4.6'), expect.stringContaining('drizzle-orm@0.45.1')])
  })

  it('should fail on any high or critical audit finding and pass a clean report', () => {
    const report = (high: number, critical: number) => JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 3, moderate: 2, high, critical, total: 5 + high + critical } } })
    expect(auditVerdict(report(0, 0))).toEqual({ ok: true })
    expect(auditVerdict(report(1, 0))).toMatchObject({ ok: false, problem: expect.stringContaining('1 high') })
    expect(auditVerdict(report(0, 2))).toMatchObject({ ok: false, problem: expect.stringContaining('2 critical') })
  })

  it('should note, not fail, a registry whose audit service cannot be reached, and fail anything else', () => {
    // What this machine's registry answers (it serves no audit endpoint), and a network failure.
    const noEndpoint = JSON.stringify({ message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '', detail: '' } })
    expect(auditVerdict(noEndpoint)).toMatchObject({ ok: true, note: expect.stringContaining('405 Method Not Allowed') })
    expect(auditVerdict(JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to registry failed' } }))).toMatchObject({ ok: true })
    expect(auditVerdict(JSON.stringify({ error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.' } }))).toMatchObject({ ok: false })
    expect(auditVerdict('npm ERR! something else')).toMatchObject({ ok: false })
  })
})
