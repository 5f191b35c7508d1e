import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    env: { PAYLOAD_SECRET: 'warta-test-secret' },
    // As every command runs (scripts/run.mjs): lexical's Node entry points pick their module with a
    // top-level await that Node 20 sometimes never settles; the production condition skips them.
    execArgv: ['--conditions=production'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
          exclude: ['**/*.int.spec.ts', '**/*.cluster.spec.ts'],
          // Timeouts catch hangs, not slowness: the first Intl date format loads ICU's data, which on a
          // loaded 2-core machine once took over Vitest's default 5 s (formatDate.spec.ts).
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['src/**/*.int.spec.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: 'forks',
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          // The scaled topology started as `npm run cluster` starts it (scripts/lib/cluster.cluster.spec.ts).
          name: 'cluster',
          include: ['scripts/**/*.cluster.spec.ts'],
          testTimeout: 120_000,
          hookTimeout: 12 * 60_000,
          pool: 'forks',
          maxWorkers: 1,
        },
      },
    ],
  },
})
