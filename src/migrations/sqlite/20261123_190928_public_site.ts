import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { searchTextOf } from '../../utilities/searchText'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reports_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reports_texts_order_parent\` ON \`reports_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_reports_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_reports_v_texts_order_parent\` ON \`_reports_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`reports\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` ADD \`version_search_text\` text;`)
  // Search text of the reports already there, from their stored words.
  const reports = (await db.all(sql`SELECT \`id\`, \`title\`, \`summary\`, \`venue\`, \`dateline_city\` AS \`datelineCity\`, \`body\` FROM \`reports\``)) as Record<string, unknown>[]
  for (const report of reports) {
    const officials = await db.all(sql`SELECT \`rank\`, \`name\`, \`position\` FROM \`reports_officials\` WHERE \`_parent_id\` = ${report.id} ORDER BY \`_order\``)
    await db.run(sql`UPDATE \`reports\` SET \`search_text\` = ${searchTextOf({ ...report, officials })} WHERE \`id\` = ${report.id}`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`reports_texts\`;`)
  await db.run(sql`DROP TABLE \`_reports_v_texts\`;`)
  await db.run(sql`ALTER TABLE \`reports\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`_reports_v\` DROP COLUMN \`version_search_text\`;`)
}
