import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_reports_fk";
  
  DROP INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx";
  DROP INDEX "payload_locked_documents_rels_reports_id_idx";
  ALTER TABLE "media" ADD COLUMN "unit_id" integer;
  ALTER TABLE "media" ADD COLUMN "uploaded_by_id" integer;
  ALTER TABLE "media" ADD COLUMN "renditions" jsonb;
  ALTER TABLE "media" ADD COLUMN "file_base" varchar;
  ALTER TABLE "media" ADD COLUMN "public" boolean DEFAULT false;
  ALTER TABLE "media" ADD CONSTRAINT "media_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "media_unit_idx" ON "media" USING btree ("unit_id");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_file_base_idx" ON "media" USING btree ("file_base");
  CREATE INDEX "media_public_idx" ON "media" USING btree ("public");
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_url";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_width";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_height";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_thumbnail_filename";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reports_id";
  -- Photos uploaded before this release: public when a published report shows them; their unit is the
  -- unit of a report that uses them. Their renditions are made by "npm run media:check -- --fix".
  UPDATE "media" SET "public" = true WHERE "id" IN (SELECT "lead_photo_id" FROM "reports" WHERE "_status" = 'published' AND "lead_photo_id" IS NOT NULL) OR "id" IN (SELECT r."media_id" FROM "reports_rels" r JOIN "reports" p ON p."id" = r."parent_id" WHERE r."path" = 'gallery' AND p."_status" = 'published' AND r."media_id" IS NOT NULL);
  UPDATE "media" SET "unit_id" = (SELECT "unit_id" FROM "reports" WHERE "reports"."lead_photo_id" = "media"."id" LIMIT 1) WHERE "unit_id" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" DROP CONSTRAINT "media_unit_id_units_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_uploaded_by_id_users_id_fk";
  
  DROP INDEX "media_unit_idx";
  DROP INDEX "media_uploaded_by_idx";
  DROP INDEX "media_file_base_idx";
  DROP INDEX "media_public_idx";
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_filename" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  ALTER TABLE "media" DROP COLUMN "unit_id";
  ALTER TABLE "media" DROP COLUMN "uploaded_by_id";
  ALTER TABLE "media" DROP COLUMN "renditions";
  ALTER TABLE "media" DROP COLUMN "file_base";
  ALTER TABLE "media" DROP COLUMN "public";`)
}
