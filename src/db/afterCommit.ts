import type { DatabaseAdapterObj, PayloadRequest } from 'payload'

type TransactionID = number | string
type Callback = () => Promise<void> | void
type Logger = { error: (obj: Record<string, unknown>) => void }

const pending = new Map<TransactionID, Callback[]>()

/**
 * Runs `fn` once the request's transaction has committed, or now when there is none. What a reader
 * may see only after a change is stored (expiring the public caches) must not happen inside the
 * transaction: a reader between the expiry and the commit would cache the old state again. Payload's
 * hooks all run before its operations commit, so a hook that expires caches registers it here. Dropped
 * if the transaction rolls back.
 */
export const afterCommit = async (req: Pick<PayloadRequest, 'transactionID'>, fn: Callback): Promise<void> => {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  if (id === undefined || id === null) {
    await fn()
    return
  }
  pending.set(id, [...(pending.get(id) ?? []), fn])
}

type Instance = {
  commitTransaction?: (id: TransactionID | Promise<TransactionID>) => Promise<void>
  rollbackTransaction?: (id: TransactionID | Promise<TransactionID>) => Promise<void>
  payload?: { logger: Logger }
}

/** The adapter, with its commits running what `afterCommit` queued for them and its rollbacks dropping it. */
export const withAfterCommit = (adapter: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapter,
  init: (args) => {
    const instance = adapter.init(args) as unknown as Instance
    const commit = instance.commitTransaction
    const rollback = instance.rollbackTransaction
    if (commit) {
      instance.commitTransaction = async (given) => {
        const id = await given
        await commit.call(instance, id)
        const callbacks = pending.get(id) ?? []
        pending.delete(id)
        for (const callback of callbacks) {
          // The change is stored: a failing follow-up is logged, never turned into a failed request.
          await Promise.resolve()
            .then(callback)
            .catch((error: unknown) => (instance.payload?.logger ?? args.payload.logger).error({ err: error, msg: 'After-commit task failed' }))
        }
      }
    }
    if (rollback) {
      instance.rollbackTransaction = async (given) => {
        const id = await given
        pending.delete(id)
        await rollback.call(instance, id)
      }
    }
    return instance as never
  },
})
