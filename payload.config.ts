import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { ActivityTypes } from '@/collections/ActivityTypes'
import { Media } from '@/collections/Media'
import { Reports } from '@/collections/Reports'
import { Tags } from '@/collections/Tags'
import { Units } from '@/collections/Units'
import { Users } from '@/collections/Users'
import { databaseAdapter } from '@/db/adapter'
import { translationsId } from '@/i18n/translationsId'
import { payloadSecret } from '@/utilities/secret'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`,
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' | Warta' },
    importMap: { baseDir: path.resolve(dirname, 'src') },
  },
  collections: [Reports, Media, Units, Users, ActivityTypes, Tags],
  db: databaseAdapter(),
  editor: lexicalEditor(),
  i18n: {
    supportedLanguages: { id, en },
    fallbackLanguage: 'id',
    translations: { id: translationsId },
  },
  graphQL: { disablePlaygroundInProduction: true },
  sharp,
  telemetry: false,
  typescript: {
    autoGenerate: false,
    outputFile: path.resolve(dirname, 'src', 'payload-types.ts'),
  },
})
