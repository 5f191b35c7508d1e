import type { Model } from './state'

/** A response as the model's commands read it. */
export type Answer<T = unknown> = { status: number; body: T }
type Options = { token?: string | null; body?: unknown }

/**
 * The system under test, as the model's commands reach it: the REST and GraphQL API (called in
 * process, or over HTTP against the production server), the job runner's clock where the test
 * controls it, and the check of every public surface after each command.
 */
export type Real = {
  client: {
    get: <T = Record<string, unknown>>(path: string, options?: Options) => Promise<Answer<T>>
    post: <T = Record<string, unknown>>(path: string, options?: Options) => Promise<Answer<T>>
    patch: <T = Record<string, unknown>>(path: string, options?: Options) => Promise<Answer<T>>
    delete: <T = Record<string, unknown>>(path: string, options?: Options) => Promise<Answer<T>>
    upload: <T = Record<string, unknown>>(
      path: string,
      options: { file: Buffer; filename: string; type: string; fields?: Record<string, unknown>; token?: string | null; method?: 'POST' | 'PATCH' },
    ) => Promise<Answer<T>>
  }
  /** A session per user key. */
  tokens: Record<string, string>
  /** Runs the job runner's due publications at `now`; null where the clock is not the test's. */
  runDue: ((now: Date) => Promise<void>) | null
  /** Reads every public surface and compares it with the model; throws on any difference. */
  verify: (m: Model) => Promise<void>
  /** The commands run so far, for the failure report. */
  log: string[]
}
