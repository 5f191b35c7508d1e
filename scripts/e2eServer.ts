/** The server for the e2e suite: a wiped E2E_DIR, then exactly what `npm start` does. */
import { mkdirSync, rmSync } from 'node:fs'

import { serve } from './lib/serve'

const dir = process.env.E2E_DIR
if (!dir) throw new Error('E2E_DIR is not set: run the e2e suite through Playwright (npm run test:e2e)')
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })

await serve()
