import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`workflow_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`report_id\` integer,
  	\`report_title\` text,
  	\`unit_id\` integer,
  	\`action\` text NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`actor_id\` integer,
  	\`actor_name\` text,
  	\`at\` text NOT NULL,
  	\`note\` text,
  	\`publish_at\` text,
  	\`change_note\` text,
  	\`minor\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_events_report_idx\` ON \`workflow_events\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_unit_idx\` ON \`workflow_events\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_actor_idx\` ON \`workflow_events\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_at_idx\` ON \`workflow_events\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`corrections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`report_id\` integer,
  	\`report_title\` text NOT NULL,
  	\`report_slug\` text,
  	\`unit_id\` integer,
  	\`kind\` text NOT NULL,
  	\`note\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`report_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`corrections_report_idx\` ON \`corrections\` (\`report_id\`);`)
  await db.run(sql`CREATE INDEX \`corrections_report_slug_idx\` ON \`corrections\` (\`report_slug\`);`)
  await db.run(sql`CREATE INDEX \`corrections_unit_idx\` ON \`corrections\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`corrections_kind_idx\` ON \`corrections\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`corrections_at_idx\` ON \`corrections\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`corrections_updated_at_idx\` ON \`corrections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`corrections_created_at_idx\` ON \`corrections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`scheduled_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`pending_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`pending_minor\` integer;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`revised_at\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`credits_writer_name\` text;`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`credits_editor_name\` text;`)
  await db.run(sql`CREATE INDEX \`reports_state_idx\` ON \`reports\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`reports_submitted_by_idx\` ON \`reports\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_publish_at_idx\` ON \`reports\` (\`publish_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_scheduled_by_idx\` ON \`reports\` (\`scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_published_by_idx\` ON \`reports\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_revised_at_idx\` ON \`reports\` (\`revised_at\`);`)
  await db.run(sql`ALTER TABLE \`reports_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`reports_rels_users_id_idx\` ON \`reports_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_scheduled_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_pending_change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_pending_minor\` integer;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_published_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_revised_at\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_credits_writer_name\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_credits_editor_name\` text;`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_state_idx\` ON \`_reports_v\` (\`version_state\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_submitted_by_idx\` ON \`_reports_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_publish_at_idx\` ON \`_reports_v\` (\`version_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_scheduled_by_idx\` ON \`_reports_v\` (\`version_scheduled_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_published_by_idx\` ON \`_reports_v\` (\`version_published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_revised_at_idx\` ON \`_reports_v\` (\`version_revised_at\`);`)
  await db.run(sql`ALTER TABLE \`_reports_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_users_id_idx\` ON \`_reports_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workflow_events_id\` integer REFERENCES workflow_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`corrections_id\` integer REFERENCES corrections(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`corrections_id\`);`)
  // Reports from before the workflow: published ones are published (first publication = last public
  // change), everything else is a draft. Versions follow their own _status.
  await db.run(sql`UPDATE \`reports\` SET \`state\` = CASE WHEN \`_status\` = 'published' THEN 'published' ELSE 'draft' END, \`revised_at\` = CASE WHEN \`_status\` = 'published' THEN COALESCE(\`published_at\`, \`updated_at\`) END;`)
  await db.run(sql`UPDATE \`_reports_v\` SET \`version_state\` = CASE WHEN \`version__status\` = 'published' THEN 'published' ELSE 'draft' END, \`version_revised_at\` = CASE WHEN \`version__status\` = 'published' THEN COALESCE(\`version_published_at\`, \`version_updated_at\`) END;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
  await db.run(sql`DROP TABLE \`corrections\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`unit_id\` integer,
  	\`activity_type_id\` integer,
  	\`activity_at\` text,
  	\`dateline_city\` text,
  	\`venue\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`lead_photo_id\` integer,
  	\`author_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`activity_type_id\`) REFERENCES \`activity_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`lead_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reports\`("id", "title", "slug", "unit_id", "activity_type_id", "activity_at", "dateline_city", "venue", "summary", "body", "lead_photo_id", "author_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "unit_id", "activity_type_id", "activity_at", "dateline_city", "venue", "summary", "body", "lead_photo_id", "author_id", "published_at", "updated_at", "created_at", "_status" FROM \`reports\`;`)
  await db.run(sql`DROP TABLE \`reports\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports\` RENAME TO \`reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`reports_slug_idx\` ON \`reports\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`reports_unit_idx\` ON \`reports\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_activity_type_idx\` ON \`reports\` (\`activity_type_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_activity_at_idx\` ON \`reports\` (\`activity_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_lead_photo_idx\` ON \`reports\` (\`lead_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_author_idx\` ON \`reports\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_published_at_idx\` ON \`reports\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_updated_at_idx\` ON \`reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reports_created_at_idx\` ON \`reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reports__status_idx\` ON \`reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_reports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`tags_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_reports_rels\`("id", "order", "parent_id", "path", "media_id", "tags_id") SELECT "id", "order", "parent_id", "path", "media_id", "tags_id" FROM \`reports_rels\`;`)
  await db.run(sql`DROP TABLE \`reports_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_reports_rels\` RENAME TO \`reports_rels\`;`)
  await db.run(sql`CREATE INDEX \`reports_rels_order_idx\` ON \`reports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_parent_idx\` ON \`reports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_path_idx\` ON \`reports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_media_id_idx\` ON \`reports_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`reports_rels_tags_id_idx\` ON \`reports_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_unit_id\` integer,
  	\`version_activity_type_id\` integer,
  	\`version_activity_at\` text,
  	\`version_dateline_city\` text,
  	\`version_venue\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_lead_photo_id\` integer,
  	\`version_author_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_activity_type_id\`) REFERENCES \`activity_types\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_lead_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__reports_v\`("id", "parent_id", "version_title", "version_slug", "version_unit_id", "version_activity_type_id", "version_activity_at", "version_dateline_city", "version_venue", "version_summary", "version_body", "version_lead_photo_id", "version_author_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_unit_id", "version_activity_type_id", "version_activity_at", "version_dateline_city", "version_venue", "version_summary", "version_body", "version_lead_photo_id", "version_author_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_reports_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__reports_v\` RENAME TO \`_reports_v\`;`)
  await db.run(sql`CREATE INDEX \`_reports_v_parent_idx\` ON \`_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_slug_idx\` ON \`_reports_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_unit_idx\` ON \`_reports_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_activity_type_idx\` ON \`_reports_v\` (\`version_activity_type_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_activity_at_idx\` ON \`_reports_v\` (\`version_activity_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_lead_photo_idx\` ON \`_reports_v\` (\`version_lead_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_author_idx\` ON \`_reports_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_published_at_idx\` ON \`_reports_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_updated_at_idx\` ON \`_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version_created_at_idx\` ON \`_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_version_version__status_idx\` ON \`_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_created_at_idx\` ON \`_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_updated_at_idx\` ON \`_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_latest_idx\` ON \`_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new__reports_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`tags_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__reports_v_rels\`("id", "order", "parent_id", "path", "media_id", "tags_id") SELECT "id", "order", "parent_id", "path", "media_id", "tags_id" FROM \`_reports_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__reports_v_rels\` RENAME TO \`_reports_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_order_idx\` ON \`_reports_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_parent_idx\` ON \`_reports_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_path_idx\` ON \`_reports_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_media_id_idx\` ON \`_reports_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_reports_v_rels_tags_id_idx\` ON \`_reports_v_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`reports_id\` integer,
  	\`media_id\` integer,
  	\`units_id\` integer,
  	\`users_id\` integer,
  	\`activity_types_id\` integer,
  	\`tags_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`activity_types_id\`) REFERENCES \`activity_types\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "reports_id", "media_id", "units_id", "users_id", "activity_types_id", "tags_id") SELECT "id", "order", "parent_id", "path", "reports_id", "media_id", "units_id", "users_id", "activity_types_id", "tags_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_activity_types_id_idx\` ON \`payload_locked_documents_rels\` (\`activity_types_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)
}
