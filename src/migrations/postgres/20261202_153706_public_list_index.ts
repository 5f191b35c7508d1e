import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "_status_state_publishedAt_createdAt_idx" ON "reports" USING btree ("_status","state","published_at","created_at");
  CREATE INDEX "compound_index_idx" ON "_reports_v" USING btree ("version__status","version_state","version_published_at","version_created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_status_state_publishedAt_createdAt_idx";
  DROP INDEX "compound_index_idx";`)
}
