import type { CollectionBeforeChangeHook } from 'payload'

import { filesOfRecord } from '@/media/approved'

/**
 * Every save records the names of all the files the photo needs (its working copy, its approved copy,
 * its retired renditions), so that a file name finds its photo in one indexed query, whichever
 * upload or focal-point cut made it. Runs last, when the renditions of this save are known.
 */
export const recordFiles: CollectionBeforeChangeHook = ({ data, originalDoc }) => ({ ...data, files: [...filesOfRecord({ ...originalDoc, ...data })] })
