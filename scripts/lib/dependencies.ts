import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The dependency floors CI holds (../shared/SECURITY.md E42): Payload 3.90.x carries the 2026 fixes
 * (SQL injection in the SQL adapters, password-reset takeover), drizzle-orm 0.45.2 its own SQL fix.
 */
export const FLOORS = { payload: '3.90.0', 'drizzle-orm': '0.45.2' } as const

export type InstalledPackage = { name: string; version: string; dir: string }

const parse = (version: string) => {
  const [core = '', pre] = version.trim().replace(/^v/, '').split('-', 2)
  return { numbers: core.split('.').map((part) => Number.parseInt(part, 10) || 0), pre }
}

/** Negative, zero or positive as `a` is below, equal to or above `b` (x.y.z; a prerelease is below its release). */
export const compareVersions = (a: string, b: string): number => {
  const left = parse(a)
  const right = parse(b)
  for (let i = 0; i < 3; i++) {
    const difference = (left.numbers[i] ?? 0) - (right.numbers[i] ?? 0)
    if (difference !== 0) return difference
  }
  if (left.pre === right.pre) return 0
  if (left.pre === undefined) return 1
  if (right.pre === undefined) return -1
  return left.pre < right.pre ? -1 : 1
}

/** The lowest version a declared range allows (`16.4.6`, `^16.4.6`, `~0.45.2`, `>=1.2.3`). */
export const lowestAllowed = (range: string): string => /\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?/.exec(range)?.[0] ?? '0.0.0'

const isPayloadPackage = (name: string) => name === 'payload' || name.startsWith('@payloadcms/')
const WATCHED = (name: string) => isPayloadPackage(name) || name === 'next' || name === 'drizzle-orm'

/**
 * Every installed copy of payload, @payloadcms/*, next and drizzle-orm, read from each package's own
 * package.json under node_modules (nested copies included), not from what package.json asks for.
 */
export const installedPackages = (root: string): InstalledPackage[] => {
  const found: InstalledPackage[] = []
  const visit = (modules: string) => {
    if (!existsSync(modules)) return
    for (const entry of readdirSync(modules, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue
      const names = entry.name.startsWith('@') ? readdirSync(path.join(modules, entry.name)).map((child) => `${entry.name}/${child}`) : [entry.name]
      for (const name of names) {
        const dir = path.join(modules, name)
        const manifest = path.join(dir, 'package.json')
        if (WATCHED(name) && existsSync(manifest)) found.push({ name, version: (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version, dir })
        visit(path.join(dir, 'node_modules'))
      }
    }
  }
  visit(path.join(root, 'node_modules'))
  return found
}

/** What is wrong with the installed versions, one line each (empty: all good). */
export const versionProblems = (installed: InstalledPackage[], declared: Record<string, string>): string[] => {
  const problems: string[] = []
  const payload = installed.filter((p) => isPayloadPackage(p.name))
  const versions = [...new Set(payload.map((p) => p.version))]
  if (payload.length === 0) problems.push('payload is not installed')
  if (versions.length > 1) problems.push(`payload and @payloadcms/* are on several versions: ${payload.map((p) => `${p.name}@${p.version}`).join(', ')}`)
  for (const p of payload) if (compareVersions(p.version, FLOORS.payload) < 0) problems.push(`${p.name}@${p.version} is below ${FLOORS.payload}`)
  const nextFloor = lowestAllowed(declared.next ?? '0.0.0')
  const nexts = installed.filter((p) => p.name === 'next')
  if (nexts.length === 0) problems.push('next is not installed')
  for (const p of nexts) if (compareVersions(p.version, nextFloor) < 0) problems.push(`next@${p.version} is below ${nextFloor}, the version package.json asks for`)
  for (const p of installed.filter((q) => q.name === 'drizzle-orm')) if (compareVersions(p.version, FLOORS['drizzle-orm']) < 0) problems.push(`drizzle-orm@${p.version} (${p.dir}) is below ${FLOORS['drizzle-orm']}`)
  return problems
}

export type AuditVerdict = { ok: true; note?: string } | { ok: false; problem: string }

/** npm's codes for a registry it could not ask: network errors, and a registry without the audit API. */
const UNREACHABLE = /^(?:ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|ENOAUDIT)$/

type AuditReport = { metadata?: { vulnerabilities?: Record<string, number> }; error?: { code?: string; summary?: string }; message?: string; statusCode?: number }

/**
 * The verdict on `npm audit --json --omit=dev --audit-level=high`: any high or critical finding fails;
 * a registry that cannot answer (no audit endpoint, no network) is noted, not failed; output that is
 * neither fails, so a finding can never pass unseen.
 */
export const auditVerdict = (stdout: string): AuditVerdict => {
  let report: AuditReport
  try {
    report = JSON.parse(stdout) as AuditReport
  } catch {
    return { ok: false, problem: `npm audit gave no report: ${stdout.trim().slice(0, 200) || '(no output)'}` }
  }
  const counts = report.metadata?.vulnerabilities
  if (counts) {
    const serious = (counts.high ?? 0) + (counts.critical ?? 0)
    return serious === 0 ? { ok: true } : { ok: false, problem: `npm audit: ${counts.critical ?? 0} critical and ${counts.high ?? 0} high vulnerabilities in production dependencies` }
  }
  const unreachable = typeof report.statusCode === 'number' || UNREACHABLE.test(report.error?.code ?? '')
  const reason = (report.message || report.error?.summary || report.error?.code || '').split('\n')[0]
  if (unreachable) return { ok: true, note: `npm audit skipped: the registry's audit service could not be reached (${reason})` }
  return { ok: false, problem: `npm audit failed: ${reason || stdout.trim().slice(0, 200)}` }
}
