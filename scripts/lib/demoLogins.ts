import { DEFAULT_SEED_PASSWORD, seedUsers } from '@/seed/data/users'

/** Prints the demo accounts; the password is for demos only. */
export const printDemoLogins = (): void => {
  const password = process.env.SEED_PASSWORD || DEFAULT_SEED_PASSWORD
  const lines = seedUsers.map((user) => `  ${user.email.padEnd(32)} ${user.role.padEnd(7)} ${user.unit}`)
  process.stdout.write(
    [`Demo logins (password "${password}", for demos only):`, ...lines, ''].join('\n'),
  )
}
