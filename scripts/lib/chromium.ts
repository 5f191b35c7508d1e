import { existsSync } from 'node:fs'

/** Where the e2e suite finds Chromium: CHROMIUM_PATH, else Debian's package. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const CHROMIUM_MISSING =
  'Chromium not found: install it with `apt-get install chromium` or set CHROMIUM_PATH to a Chromium binary.'

export const hasChromium = (): boolean => existsSync(chromiumPath())

/**
 * Flags for a headless Chromium on a closed network: without the background-networking ones it floods
 * the network with refused connections (../shared/GOTCHAS.md).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
