import { BackupError } from '@/backup/errors'

/**
 * Runs a command-line task that reports progress line by line on stdout. An operator error (a
 * BackupError, bad arguments) prints its message alone on stderr; anything else prints its stack.
 * Exits 0 on success and 1 on failure.
 */
export const runCommand = async (task: (out: (line: string) => void) => Promise<void>): Promise<never> => {
  const out = (line: string) => process.stdout.write(`${line}\n`)
  try {
    await task(out)
    process.exit(0)
  } catch (error) {
    const known = error instanceof BackupError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    process.stderr.write(`Error: ${known ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`)
    process.exit(1)
  }
}
