import 'server-only'

import { unstable_cache } from 'next/cache'

import { CACHE_TAGS, reportSlugTag } from '@/constants/cacheTags'

import { findCurrentSlugFor, findReportBySlug, findWithdrawalNotice, type PublicReport, type WithdrawalNotice } from './findReport'
import { publicPayload } from './publicPayload'

export type { PublicReport, WithdrawalNotice }

/**
 * A published report by its slug, with its public correction notes, as an anonymous reader gets it.
 * Tags: the report's page and the taxonomy it shows.
 */
export const getReportBySlug = (slug: string): Promise<PublicReport | null> =>
  unstable_cache(async () => findReportBySlug(await publicPayload(), slug), ['report-by-slug', slug], { tags: [reportSlugTag(slug), CACHE_TAGS.taxonomy], revalidate: 3600 })()

/** The public withdrawal notice of a report that is no longer published under this slug, if any. */
export const getWithdrawalNotice = (slug: string): Promise<WithdrawalNotice | null> =>
  unstable_cache(async () => findWithdrawalNotice(await publicPayload(), slug), ['withdrawal-by-slug', slug], { tags: [reportSlugTag(slug), CACHE_TAGS.corrections], revalidate: 3600 })()

/** The current slug of a published report that was once public under `slug`, if any. */
export const getCurrentSlugFor = (slug: string): Promise<string | null> =>
  unstable_cache(async () => findCurrentSlugFor(await publicPayload(), slug), ['report-previous-slug', slug], { tags: [CACHE_TAGS.reports, reportSlugTag(slug)], revalidate: 3600 })()
