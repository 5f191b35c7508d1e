import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_reports_state" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__reports_v_version_state" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_workflow_events_action" AS ENUM('submit', 'request_changes', 'publish', 'unschedule', 'withdraw', 'reopen', 'scheduled_publish', 'schedule_lapsed');
  CREATE TYPE "public"."enum_workflow_events_from" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_workflow_events_to" AS ENUM('draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_corrections_kind" AS ENUM('correction', 'withdrawal');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishDueReports', 'sendNotification');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishDueReports', 'sendNotification');
  CREATE TABLE "workflow_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"report_id" integer,
  	"report_title" varchar,
  	"unit_id" integer,
  	"action" "enum_workflow_events_action" NOT NULL,
  	"from" "enum_workflow_events_from",
  	"to" "enum_workflow_events_to",
  	"actor_id" integer,
  	"actor_name" varchar,
  	"at" timestamp(3) with time zone NOT NULL,
  	"note" varchar,
  	"publish_at" timestamp(3) with time zone,
  	"change_note" varchar,
  	"minor" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "corrections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"report_id" integer,
  	"report_title" varchar NOT NULL,
  	"report_slug" varchar,
  	"unit_id" integer,
  	"kind" "enum_corrections_kind" NOT NULL,
  	"note" varchar NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "reports" ADD COLUMN "state" "enum_reports_state" DEFAULT 'draft';
  ALTER TABLE "reports" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "reports" ADD COLUMN "submitted_at" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD COLUMN "review_note" varchar;
  ALTER TABLE "reports" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD COLUMN "scheduled_by_id" integer;
  ALTER TABLE "reports" ADD COLUMN "pending_change_note" varchar;
  ALTER TABLE "reports" ADD COLUMN "pending_minor" boolean;
  ALTER TABLE "reports" ADD COLUMN "published_by_id" integer;
  ALTER TABLE "reports" ADD COLUMN "revised_at" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "reports" ADD COLUMN "withdrawal_reason" varchar;
  ALTER TABLE "reports" ADD COLUMN "credits_writer_name" varchar;
  ALTER TABLE "reports" ADD COLUMN "credits_editor_name" varchar;
  ALTER TABLE "reports_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "_reports_v" ADD COLUMN "version_state" "enum__reports_v_version_state" DEFAULT 'draft';
  ALTER TABLE "_reports_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_reports_v" ADD COLUMN "version_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_reports_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_reports_v" ADD COLUMN "version_scheduled_by_id" integer;
  ALTER TABLE "_reports_v" ADD COLUMN "version_pending_change_note" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_pending_minor" boolean;
  ALTER TABLE "_reports_v" ADD COLUMN "version_published_by_id" integer;
  ALTER TABLE "_reports_v" ADD COLUMN "version_revised_at" timestamp(3) with time zone;
  ALTER TABLE "_reports_v" ADD COLUMN "version_withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "_reports_v" ADD COLUMN "version_withdrawal_reason" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_credits_writer_name" varchar;
  ALTER TABLE "_reports_v" ADD COLUMN "version_credits_editor_name" varchar;
  ALTER TABLE "_reports_v_rels" ADD COLUMN "users_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflow_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "corrections_id" integer;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrections" ADD CONSTRAINT "corrections_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "corrections" ADD CONSTRAINT "corrections_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "workflow_events_report_idx" ON "workflow_events" USING btree ("report_id");
  CREATE INDEX "workflow_events_unit_idx" ON "workflow_events" USING btree ("unit_id");
  CREATE INDEX "workflow_events_actor_idx" ON "workflow_events" USING btree ("actor_id");
  CREATE INDEX "workflow_events_at_idx" ON "workflow_events" USING btree ("at");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE INDEX "corrections_report_idx" ON "corrections" USING btree ("report_id");
  CREATE INDEX "corrections_report_slug_idx" ON "corrections" USING btree ("report_slug");
  CREATE INDEX "corrections_unit_idx" ON "corrections" USING btree ("unit_id");
  CREATE INDEX "corrections_kind_idx" ON "corrections" USING btree ("kind");
  CREATE INDEX "corrections_at_idx" ON "corrections" USING btree ("at");
  CREATE INDEX "corrections_updated_at_idx" ON "corrections" USING btree ("updated_at");
  CREATE INDEX "corrections_created_at_idx" ON "corrections" USING btree ("created_at");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "reports" ADD CONSTRAINT "reports_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_scheduled_by_id_users_id_fk" FOREIGN KEY ("scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_rels" ADD CONSTRAINT "reports_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_scheduled_by_id_users_id_fk" FOREIGN KEY ("version_scheduled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_rels" ADD CONSTRAINT "_reports_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_corrections_fk" FOREIGN KEY ("corrections_id") REFERENCES "public"."corrections"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reports_state_idx" ON "reports" USING btree ("state");
  CREATE INDEX "reports_submitted_by_idx" ON "reports" USING btree ("submitted_by_id");
  CREATE INDEX "reports_publish_at_idx" ON "reports" USING btree ("publish_at");
  CREATE INDEX "reports_scheduled_by_idx" ON "reports" USING btree ("scheduled_by_id");
  CREATE INDEX "reports_published_by_idx" ON "reports" USING btree ("published_by_id");
  CREATE INDEX "reports_revised_at_idx" ON "reports" USING btree ("revised_at");
  CREATE INDEX "reports_rels_users_id_idx" ON "reports_rels" USING btree ("users_id");
  CREATE INDEX "_reports_v_version_version_state_idx" ON "_reports_v" USING btree ("version_state");
  CREATE INDEX "_reports_v_version_version_submitted_by_idx" ON "_reports_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_reports_v_version_version_publish_at_idx" ON "_reports_v" USING btree ("version_publish_at");
  CREATE INDEX "_reports_v_version_version_scheduled_by_idx" ON "_reports_v" USING btree ("version_scheduled_by_id");
  CREATE INDEX "_reports_v_version_version_published_by_idx" ON "_reports_v" USING btree ("version_published_by_id");
  CREATE INDEX "_reports_v_version_version_revised_at_idx" ON "_reports_v" USING btree ("version_revised_at");
  CREATE INDEX "_reports_v_rels_users_id_idx" ON "_reports_v_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");
  CREATE INDEX "payload_locked_documents_rels_corrections_id_idx" ON "payload_locked_documents_rels" USING btree ("corrections_id");
  -- Reports from before the workflow: published ones are published (first publication = last public
  -- change), everything else is a draft. Versions follow their own _status.
  UPDATE "reports" SET "state" = CASE WHEN "_status" = 'published' THEN 'published'::"enum_reports_state" ELSE 'draft'::"enum_reports_state" END, "revised_at" = CASE WHEN "_status" = 'published' THEN COALESCE("published_at", "updated_at") END;
  UPDATE "_reports_v" SET "version_state" = CASE WHEN "version__status" = 'published' THEN 'published'::"enum__reports_v_version_state" ELSE 'draft'::"enum__reports_v_version_state" END, "version_revised_at" = CASE WHEN "version__status" = 'published' THEN COALESCE("version_published_at", "version_updated_at") END;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "workflow_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "corrections" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "reports" DROP CONSTRAINT "reports_submitted_by_id_users_id_fk";
  
  ALTER TABLE "reports" DROP CONSTRAINT "reports_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "reports" DROP CONSTRAINT "reports_published_by_id_users_id_fk";
  
  ALTER TABLE "reports_rels" DROP CONSTRAINT "reports_rels_users_fk";
  
  ALTER TABLE "_reports_v" DROP CONSTRAINT "_reports_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_reports_v" DROP CONSTRAINT "_reports_v_version_scheduled_by_id_users_id_fk";
  
  ALTER TABLE "_reports_v" DROP CONSTRAINT "_reports_v_version_published_by_id_users_id_fk";
  
  ALTER TABLE "_reports_v_rels" DROP CONSTRAINT "_reports_v_rels_users_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workflow_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_corrections_fk";
  
  DROP INDEX "reports_state_idx";
  DROP INDEX "reports_submitted_by_idx";
  DROP INDEX "reports_publish_at_idx";
  DROP INDEX "reports_scheduled_by_idx";
  DROP INDEX "reports_published_by_idx";
  DROP INDEX "reports_revised_at_idx";
  DROP INDEX "reports_rels_users_id_idx";
  DROP INDEX "_reports_v_version_version_state_idx";
  DROP INDEX "_reports_v_version_version_submitted_by_idx";
  DROP INDEX "_reports_v_version_version_publish_at_idx";
  DROP INDEX "_reports_v_version_version_scheduled_by_idx";
  DROP INDEX "_reports_v_version_version_published_by_idx";
  DROP INDEX "_reports_v_version_version_revised_at_idx";
  DROP INDEX "_reports_v_rels_users_id_idx";
  DROP INDEX "payload_locked_documents_rels_workflow_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_corrections_id_idx";
  ALTER TABLE "reports" DROP COLUMN "state";
  ALTER TABLE "reports" DROP COLUMN "submitted_by_id";
  ALTER TABLE "reports" DROP COLUMN "submitted_at";
  ALTER TABLE "reports" DROP COLUMN "review_note";
  ALTER TABLE "reports" DROP COLUMN "publish_at";
  ALTER TABLE "reports" DROP COLUMN "scheduled_by_id";
  ALTER TABLE "reports" DROP COLUMN "pending_change_note";
  ALTER TABLE "reports" DROP COLUMN "pending_minor";
  ALTER TABLE "reports" DROP COLUMN "published_by_id";
  ALTER TABLE "reports" DROP COLUMN "revised_at";
  ALTER TABLE "reports" DROP COLUMN "withdrawn_at";
  ALTER TABLE "reports" DROP COLUMN "withdrawal_reason";
  ALTER TABLE "reports" DROP COLUMN "credits_writer_name";
  ALTER TABLE "reports" DROP COLUMN "credits_editor_name";
  ALTER TABLE "reports_rels" DROP COLUMN "users_id";
  ALTER TABLE "_reports_v" DROP COLUMN "version_state";
  ALTER TABLE "_reports_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_reports_v" DROP COLUMN "version_submitted_at";
  ALTER TABLE "_reports_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_reports_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_reports_v" DROP COLUMN "version_scheduled_by_id";
  ALTER TABLE "_reports_v" DROP COLUMN "version_pending_change_note";
  ALTER TABLE "_reports_v" DROP COLUMN "version_pending_minor";
  ALTER TABLE "_reports_v" DROP COLUMN "version_published_by_id";
  ALTER TABLE "_reports_v" DROP COLUMN "version_revised_at";
  ALTER TABLE "_reports_v" DROP COLUMN "version_withdrawn_at";
  ALTER TABLE "_reports_v" DROP COLUMN "version_withdrawal_reason";
  ALTER TABLE "_reports_v" DROP COLUMN "version_credits_writer_name";
  ALTER TABLE "_reports_v" DROP COLUMN "version_credits_editor_name";
  ALTER TABLE "_reports_v_rels" DROP COLUMN "users_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflow_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "corrections_id";
  DROP TYPE "public"."enum_reports_state";
  DROP TYPE "public"."enum__reports_v_version_state";
  DROP TYPE "public"."enum_workflow_events_action";
  DROP TYPE "public"."enum_workflow_events_from";
  DROP TYPE "public"."enum_workflow_events_to";
  DROP TYPE "public"."enum_corrections_kind";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
