import 'server-only'

import { unstable_cache } from 'next/cache'

import { CACHE_TAGS } from '@/constants/cacheTags'
import type { Tag } from '@/payload-types'

import { ancestorsOf, findActivityTypes, findTags, findUnits, subtreeOf, type PublicTerm, type PublicUnit } from './findTaxonomy'
import { publicPayload } from './publicPayload'

export { ancestorsOf, subtreeOf, type PublicTerm, type PublicUnit, type Tag }

const OPTIONS = { tags: [CACHE_TAGS.taxonomy], revalidate: 3600 }

/** Every unit, with its parent's id: the tree the site navigates. Tag: taxonomy. */
export const getUnits = unstable_cache(async (): Promise<PublicUnit[]> => findUnits(await publicPayload()), ['units'], OPTIONS)

export const getActivityTypes = unstable_cache(async (): Promise<PublicTerm[]> => findActivityTypes(await publicPayload()), ['activity-types'], OPTIONS)

/** The tags a live report carries. Tag: taxonomy (expired when a tag appears or disappears). */
export const getTags = unstable_cache(async (): Promise<PublicTerm[]> => findTags(await publicPayload()), ['tags'], OPTIONS)
