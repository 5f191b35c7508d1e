/**
 * libsql's local client runs SQLite synchronously and gives every transaction a connection of its own,
 * opening the next one lazily without the pragmas Payload set at connect time. Two transactions of the
 * same process then meet inside SQLite: the second one's BEGIN either fails at once (SQLITE_BUSY, no
 * busy timeout on the new connection) or, with a busy timeout, blocks the event loop that the first
 * one needs in order to finish. So write transactions of one process wait for each other here, in
 * JavaScript, and each connection gets the pragmas before it begins (the busy timeout then only
 * covers other processes, such as a seed script next to the server).
 *
 * Writes made outside a transaction (Payload saves admin preferences and some bookkeeping straight
 * through the adapter) take their turn in the same queue: run while a transaction holds the write
 * lock across its awaits (an upload's renditions, say), such a write would wait on SQLite's busy
 * handler and then fail with SQLITE_BUSY_SNAPSHOT, its snapshot overtaken by the commit it waited for.
 */
type Transaction = { commit: () => Promise<void>; rollback: () => Promise<void>; close: () => void }
type Statement = string | { sql: string }
type Client = {
  transaction: (mode?: string) => Promise<Transaction>
  execute: (statement: Statement, ...rest: unknown[]) => Promise<unknown>
  batch?: (statements: Statement[], ...rest: unknown[]) => Promise<unknown>
}

/** A statement that writes (a read never waits: WAL readers see the last commit). */
const WRITES = /^\s*(?:with\b[\s\S]*?\b)?(?:insert|update|delete|replace|create|drop|alter)\b/i
const writes = (statement: Statement): boolean => WRITES.test(typeof statement === 'string' ? statement : statement.sql)

export type SerialiseOptions = { busyTimeoutMs: number; synchronous?: string; waitLimitMs?: number }

export const serialiseTransactions = (client: Client, { busyTimeoutMs, synchronous, waitLimitMs = 60_000 }: SerialiseOptions): void => {
  const begin = client.transaction.bind(client)
  const execute = client.execute.bind(client)
  const batch = client.batch?.bind(client)
  let tail: Promise<void> = Promise.resolve()

  /** Waits for every transaction and write queued before it; resolves with the release of its turn. */
  const takeTurn = async (): Promise<() => void> => {
    const previous = tail
    let release!: () => void
    tail = new Promise<void>((resolve) => (release = resolve))
    let timer: NodeJS.Timeout | undefined
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`SQLite: waited ${waitLimitMs} ms for another transaction of this process`)), waitLimitMs)
    })
    try {
      await Promise.race([previous, limit])
    } catch (error) {
      // Give up our turn only once the one before us is done, so the order is kept.
      void previous.then(release)
      throw error
    } finally {
      clearTimeout(timer)
    }
    return release
  }

  /** A write outside any transaction, in its turn, with this process's busy timeout on its connection. */
  const inTurn = async <T>(write: () => Promise<T>): Promise<T> => {
    const release = await takeTurn()
    try {
      await execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
      return await write()
    } finally {
      release()
    }
  }
  client.execute = (statement, ...rest) => (writes(statement) ? inTurn(() => execute(statement, ...rest)) : execute(statement, ...rest))
  if (batch) client.batch = (statements, ...rest) => inTurn(() => batch(statements, ...rest))

  client.transaction = async (mode?: string) => {
    const release = await takeTurn()
    let transaction: Transaction
    try {
      await execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
      if (synchronous) await execute(`PRAGMA synchronous = ${synchronous}`)
      transaction = await begin(mode)
    } catch (error) {
      release()
      throw error
    }
    let done = false
    const finish = () => {
      if (!done) {
        done = true
        release()
      }
    }
    const { commit, rollback, close } = transaction
    transaction.commit = async () => {
      try {
        await commit.call(transaction)
      } finally {
        finish()
      }
    }
    transaction.rollback = async () => {
      try {
        await rollback.call(transaction)
      } finally {
        finish()
      }
    }
    transaction.close = () => {
      try {
        close.call(transaction)
      } finally {
        finish()
      }
    }
    return transaction
  }
}
