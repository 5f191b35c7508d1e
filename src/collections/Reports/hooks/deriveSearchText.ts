import type { CollectionBeforeChangeHook } from 'payload'

import { searchTextOf } from '@/utilities/searchText'

/**
 * Derived on every save, so the public version always carries the search text of its own words. A
 * save may send only some fields: the others are the working copy's.
 */
export const deriveSearchText: CollectionBeforeChangeHook = ({ data, originalDoc }) => ({ ...data, searchText: searchTextOf({ ...originalDoc, ...data }) })
