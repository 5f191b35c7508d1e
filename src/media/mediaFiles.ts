import { rm } from 'node:fs/promises'
import path from 'node:path'

import { mediaDir } from './mediaDir'

/** Removes files of the media folder by name; a name that resolves anywhere else is left alone. */
export const removeMediaFiles = async (names: Iterable<string | null | undefined>): Promise<void> => {
  const dir = mediaDir()
  await Promise.all(
    [...names]
      .filter((name): name is string => Boolean(name))
      .map((name) => path.resolve(dir, name))
      .filter((file) => file.startsWith(dir + path.sep))
      .map((file) => rm(file, { force: true })),
  )
}
