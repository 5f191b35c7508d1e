import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { searchTextOf } from '../../utilities/searchText'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "reports_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_reports_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "reports" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "reports_texts" ADD CONSTRAINT "reports_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v_texts" ADD CONSTRAINT "_reports_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reports_texts_order_parent" ON "reports_texts" USING btree ("order","parent_id");
  CREATE INDEX "_reports_v_texts_order_parent" ON "_reports_v_texts" USING btree ("order","parent_id");`)
  // Search text of the reports already there, from their stored words.
  const { rows: reports } = await db.execute(sql`SELECT "id", "title", "summary", "venue", "dateline_city" AS "datelineCity", "body" FROM "reports"`)
  for (const report of reports as Record<string, unknown>[]) {
    const { rows: officials } = await db.execute(sql`SELECT "rank", "name", "position" FROM "reports_officials" WHERE "_parent_id" = ${report.id} ORDER BY "_order"`)
    await db.execute(sql`UPDATE "reports" SET "search_text" = ${searchTextOf({ ...report, officials })} WHERE "id" = ${report.id}`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "reports_texts" CASCADE;
  DROP TABLE "_reports_v_texts" CASCADE;
  ALTER TABLE "reports" DROP COLUMN "search_text";
  ALTER TABLE "_reports_v" DROP COLUMN "version_search_text";`)
}
