/**
 * CI's dependency floors (run by .ci/run before the tests): payload and every installed @payloadcms/*
 * on one exact version at or above the fixed floor, next at least the version package.json asks for,
 * drizzle-orm at least 0.45.2, and `npm audit --omit=dev --audit-level=high` clean. Exits 1 on any
 * problem; a registry without a reachable audit service is noted in one line, not failed.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

import { auditVerdict, installedPackages, versionProblems } from './lib/dependencies'

process.stdout.write('dependencies: checking the installed versions and npm audit...\n')
const root = process.cwd()
const declared = (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies
const problems = versionProblems(installedPackages(root), declared)

const audit = spawnSync('npm', ['audit', '--json', '--omit=dev', '--audit-level=high'], { encoding: 'utf8', timeout: 120_000 })
const verdict = auditVerdict(audit.stdout ?? '')
if (!verdict.ok) problems.push(verdict.problem)
else if (verdict.note) process.stdout.write(`${verdict.note}\n`)

for (const problem of problems) process.stderr.write(`dependencies: ${problem}\n`)
if (problems.length === 0) process.stdout.write('dependencies: payload, @payloadcms/*, next and drizzle-orm at or above their floors\n')
process.exit(problems.length === 0 ? 0 : 1)
