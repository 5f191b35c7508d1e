import path from 'node:path'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { id } from '@payloadcms/translations/languages/id'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { withQueryGuard } from '@/access/queryShape'
import { isAdminRequest } from '@/access/roles'
import { knownSlugsEndpoint } from '@/cache/knownSlugsEndpoint'
import { revalidateEndpoint } from '@/cache/revalidateEndpoint'
import { ActivityTypes } from '@/collections/ActivityTypes'
import { Corrections } from '@/collections/Corrections'
import { Media } from '@/collections/Media'
import { Reports } from '@/collections/Reports'
import { Tags } from '@/collections/Tags'
import { Units } from '@/collections/Units'
import { Users } from '@/collections/Users'
import { WorkflowEvents } from '@/collections/WorkflowEvents'
import { databaseAdapter } from '@/db/adapter'
import { emailAdapter } from '@/email/emailAdapter'
import { graphQLLimits } from '@/graphql/limits'
import { siteOrigin } from '@/http/siteOrigin'
import { translationsId } from '@/i18n/translationsId'
import { maxUploadBytes } from '@/media/limits'
import { jobRunnerCrons } from '@/jobs/jobRunner'
import { pingWebSubTask } from '@/jobs/pingWebSubTask'
import { publishDueReportsTask } from '@/jobs/publishDueReportsTask'
import { sendNotificationTask } from '@/jobs/sendNotificationTask'
import { malformedRequestIsClientError } from '@/utilities/malformedRequest'
import { errorsKeepTheirCode } from '@/utilities/errorsKeepTheirCode'
import { payloadSecret } from '@/utilities/secret'

// The project root: every command (npm scripts, Next) runs from it. Not import.meta.url, which in a
// compiled command (scripts/run.mjs) names the compiled file's folder.
const dirname = process.cwd()

export default buildConfig({
  serverURL: process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`,
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' | Warta' },
    // No Gravatar: the admin loads nothing from third parties.
    avatar: 'default',
    dateFormat: 'd MMMM yyyy HH.mm',
    timezones: {
      defaultTimezone: 'Asia/Jakarta',
      supportedTimezones: [
        { label: 'WIB (Asia/Jakarta)', value: 'Asia/Jakarta' },
        { label: 'WITA (Asia/Makassar)', value: 'Asia/Makassar' },
        { label: 'WIT (Asia/Jayapura)', value: 'Asia/Jayapura' },
      ],
    },
    importMap: { baseDir: path.resolve(dirname, 'src') },
    components: { beforeDashboard: ['/components/admin/EditorialDashboard#EditorialDashboard'] },
  },
  // Every collection refuses a malformed filter with 400 before the database sees it (src/access/queryShape.ts).
  collections: [Reports, Media, Units, Users, ActivityTypes, Tags, WorkflowEvents, Corrections].map(withQueryGuard),
  db: databaseAdapter(),
  endpoints: [revalidateEndpoint, knownSlugsEndpoint],
  hooks: { afterError: [malformedRequestIsClientError, errorsKeepTheirCode] },
  editor: lexicalEditor(),
  email: emailAdapter(),
  jobs: {
    tasks: [publishDueReportsTask, sendNotificationTask, pingWebSubTask],
    autoRun: jobRunnerCrons,
    deleteJobOnComplete: true,
    // Payload lets any signed-in user run and queue jobs by default; here only admins may.
    access: { run: isAdminRequest, queue: isAdminRequest, cancel: isAdminRequest },
  },
  i18n: {
    supportedLanguages: { id, en },
    fallbackLanguage: 'id',
    translations: { id: translationsId },
  },
  graphQL: graphQLLimits,
  // Payload takes the session cookie only from requests of the site's own origin (it adds serverURL
  // itself; this is its origin form). src/proxy.ts refuses other sites' writes outright.
  csrf: [siteOrigin()],
  sharp,
  // Uploads over the limit are cut off while streaming (413), never buffered whole.
  upload: { limits: { fileSize: maxUploadBytes(), files: 1 } },
  telemetry: false,
  typescript: {
    autoGenerate: false,
    outputFile: path.resolve(dirname, 'src', 'payload-types.ts'),
  },
})
