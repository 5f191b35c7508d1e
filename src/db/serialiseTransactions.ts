/**
 * libsql's local client runs SQLite synchronously and gives every transaction a connection of its own,
 * opening the next one lazily without the pragmas Payload set at connect time. Two transactions of the
 * same process then meet inside SQLite: the second one's BEGIN either fails at once (SQLITE_BUSY, no
 * busy timeout on the new connection) or, with a busy timeout, blocks the event loop that the first
 * one needs in order to finish. So write transactions of one process wait for each other here, in
 * JavaScript, and each connection gets the pragmas before it begins (the busy timeout then only
 * covers other processes, such as a seed script next to the server).
 */
type Transaction = { commit: () => Promise<void>; rollback: () => Promise<void>; close: () => void }
type Client = { transaction: (mode?: string) => Promise<Transaction>; execute: (sql: string) => Promise<unknown> }

export type SerialiseOptions = { busyTimeoutMs: number; synchronous?: string; waitLimitMs?: number }

export const serialiseTransactions = (client: Client, { busyTimeoutMs, synchronous, waitLimitMs = 60_000 }: SerialiseOptions): void => {
  const begin = client.transaction.bind(client)
  let tail: Promise<void> = Promise.resolve()

  client.transaction = async (mode?: string) => {
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
    let transaction: Transaction
    try {
      await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
      if (synchronous) await client.execute(`PRAGMA synchronous = ${synchronous}`)
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
