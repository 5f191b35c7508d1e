import type { CollectionBeforeChangeHook } from 'payload'

import { searchTextOf } from '@/utilities/searchText'

/** Derived on every save, so the public version always carries the search text of its own words. */
export const deriveSearchText: CollectionBeforeChangeHook = ({ data }) => ({ ...data, searchText: searchTextOf(data) })
