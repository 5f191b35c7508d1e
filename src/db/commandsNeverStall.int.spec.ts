import { spawn } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestDatabase, type TestDatabase } from '@/testing/testDatabase'

type Run = { code: number | null; signal: NodeJS.Signals | null; seconds: number; stdout: string }

/** `npm run <script>` as an operator runs it, killed if it takes longer than `limitMs`. */
const npmRun = (script: string, db: TestDatabase, limitMs: number): Promise<Run> =>
  new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn('npm', ['run', '--silent', script], { env: { ...process.env, DATABASE_URL: db.url, MEDIA_DIR: db.mediaDir }, stdio: ['ignore', 'pipe', 'inherit'] })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    const limit = setTimeout(() => child.kill('SIGKILL'), limitMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(limit)
      resolve({ code, signal, seconds: (Date.now() - started) / 1000, stdout })
    })
  })

// Every command loads the Payload config, and with it Lexical's packages, whose default Node entry
// points sometimes left a command idle forever or exiting 13 having done nothing (about every other
// run here): scripts/run.mjs starts commands with the `production` condition (README, Known limits).
describe(`operator commands on ${process.env.TEST_DB || 'sqlite'}`, () => {
  let db: TestDatabase

  beforeAll(async () => {
    db = await createTestDatabase()
  })
  afterAll(async () => {
    await db?.drop()
  })

  it('should finish npm run migrate ten times in a row, every time', async () => {
    const runs: Run[] = []
    for (let i = 0; i < 10; i++) runs.push(await npmRun('migrate', db, 60_000))
    expect(runs.map(({ code, signal }) => ({ code, signal }))).toEqual(runs.map(() => ({ code: 0, signal: null })))
    for (const run of runs) expect(run.stdout).toContain('Database is up to date.')
  })
})
