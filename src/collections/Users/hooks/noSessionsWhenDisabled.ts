import type { CollectionAfterReadHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * A disabled account has no live session, whatever is stored. Payload's JWT check reads the user
 * (through this hook) and refuses a token whose session it does not find: so every token of a
 * disabled account is refused, even one whose session survived (a restore, a direct database edit).
 */
export const noSessionsWhenDisabled: CollectionAfterReadHook<User> = ({ doc }) => (doc?.disabled ? { ...doc, sessions: [] } : doc)
