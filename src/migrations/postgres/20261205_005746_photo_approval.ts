import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { backfillPhotoApproval } from '@/media/backfillApproval'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_workflow_events_action" ADD VALUE 'publish_failed';
  ALTER TYPE "public"."enum_workflow_events_action" ADD VALUE 'delete';
  CREATE TABLE "media_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "media_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  ALTER TABLE "reports" ADD COLUMN "scheduled_photos" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_scheduled_photos" varchar;
  ALTER TABLE "media" ADD COLUMN "approved" jsonb;
  ALTER TABLE "media" ADD COLUMN "retired" jsonb;
  ALTER TABLE "tags" ADD COLUMN "public" boolean DEFAULT false;
  ALTER TABLE "media_texts" ADD CONSTRAINT "media_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_rels" ADD CONSTRAINT "media_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_texts_order_parent" ON "media_texts" USING btree ("order","parent_id");
  CREATE INDEX "media_texts_text_idx" ON "media_texts" USING btree ("text");
  CREATE INDEX "media_rels_order_idx" ON "media_rels" USING btree ("order");
  CREATE INDEX "media_rels_parent_idx" ON "media_rels" USING btree ("parent_id");
  CREATE INDEX "media_rels_path_idx" ON "media_rels" USING btree ("path");
  CREATE INDEX "media_rels_users_id_idx" ON "media_rels" USING btree ("users_id");
  CREATE INDEX "tags_public_idx" ON "tags" USING btree ("public");`)
  // Data written before photos needed approval (see src/media/backfillApproval.ts).
  await backfillPhotoApproval(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "media_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "media_texts" CASCADE;
  DROP TABLE "media_rels" CASCADE;
  ALTER TABLE "workflow_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_workflow_events_action";
  CREATE TYPE "public"."enum_workflow_events_action" AS ENUM('submit', 'request_changes', 'publish', 'unschedule', 'withdraw', 'reopen', 'scheduled_publish', 'schedule_lapsed');
  ALTER TABLE "workflow_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_workflow_events_action" USING "action"::"public"."enum_workflow_events_action";
  DROP INDEX "tags_public_idx";
  ALTER TABLE "reports" DROP COLUMN "scheduled_photos";
  ALTER TABLE "_reports_v" DROP COLUMN "version_scheduled_photos";
  ALTER TABLE "media" DROP COLUMN "approved";
  ALTER TABLE "media" DROP COLUMN "retired";
  ALTER TABLE "tags" DROP COLUMN "public";`)
}
