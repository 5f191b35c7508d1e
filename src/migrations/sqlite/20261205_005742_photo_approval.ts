import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { backfillPhotoApproval } from '@/media/backfillApproval'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`media_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_texts_order_parent\` ON \`media_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_texts_text_idx\` ON \`media_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`media_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`media_rels_order_idx\` ON \`media_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_parent_idx\` ON \`media_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_path_idx\` ON \`media_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`media_rels_users_id_idx\` ON \`media_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`scheduled_photos\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_scheduled_photos\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`approved\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`retired\` text;`)
  await db.run(sql`ALTER TABLE \`tags\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`tags_public_idx\` ON \`tags\` (\`public\`);`)
  // Data written before photos needed approval (see src/media/backfillApproval.ts).
  await backfillPhotoApproval(payload, req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`media_texts\`;`)
  await db.run(sql`DROP TABLE \`media_rels\`;`)
  await db.run(sql`DROP INDEX \`tags_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`tags\` DROP COLUMN \`public\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`scheduled_photos\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_scheduled_photos\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`approved\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`retired\`;`)
}
