import type { Access } from 'payload'

/** Staff: true. Anonymous readers: a constraint to tags that a live report carries (see refreshTagVisibility). */
export const readTags: Access = ({ req }) => (req.user ? true : { public: { equals: true } })
