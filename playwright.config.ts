import path from 'node:path'

import { defineConfig } from '@playwright/test'

import { CHROMIUM_ARGS, chromiumPath } from './scripts/lib/chromium'

const port = Number(process.env.E2E_PORT || 3210)
const baseURL = `http://localhost:${port}`
// e2e/feeds.spec.ts listens here as the WebSub hub.
const hubPort = Number(process.env.E2E_HUB_PORT || port + 1)
const e2eDir = path.resolve('.tmp', 'e2e')

/**
 * Browser journeys against the production build, served by the README's own start command on a
 * throwaway SQLite database and media folder under .tmp/e2e (wiped at every run).
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  // A hang anywhere fails the suite in 40 minutes rather than holding CI until its own limit.
  globalTimeout: 40 * 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  outputDir: path.join('.tmp', 'test-results'),
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'en-US',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node scripts/run.mjs e2eServer',
    url: `${baseURL}/api/users/me`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      SERVER_URL: baseURL,
      DATABASE_URL: `file:${path.join(e2eDir, 'warta.db')}`,
      MEDIA_DIR: path.join(e2eDir, 'media'),
      PAYLOAD_SECRET: 'warta-e2e-secret',
      E2E_DIR: e2eDir,
      E2E_HUB_PORT: String(hubPort),
      WEBSUB_HUB_URL: `http://127.0.0.1:${hubPort}/`,
    },
  },
})
