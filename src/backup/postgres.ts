import type { DatabaseEngine } from './engine'
import { pipeTools, runTool } from './tools'

/** The URL without its password, which goes to the tools through PGPASSWORD instead of argv. */
export const postgresConnection = (url: string): { dbname: string; env: Record<string, string>; label: string } => {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  const dbname = parsed.toString()
  return { dbname, env: password ? { PGPASSWORD: password } : ({} as Record<string, string>), label: `PostgreSQL ${parsed.host}${parsed.pathname}` }
}

const USER_SCHEMAS = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'"

const COUNT_OBJECTS = `SELECT
  (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_SCHEMAS})
  + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype IN ('e', 'd') AND ${USER_SCHEMAS})`

// With --force: every schema of ours goes, then an empty public schema (owned by the restoring user) is
// made again, so that nothing from the old database survives beside the restored one (a table of a
// newer migration would otherwise make the next migration fail).
const CLEAR_DATABASE = `DO $$
DECLARE s text;
BEGIN
  FOR s IN SELECT n.nspname FROM pg_namespace n WHERE ${USER_SCHEMAS} LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
END $$;
CREATE SCHEMA public;`

const PSQL = ['--no-psqlrc', '--quiet', '--tuples-only', '--no-align', '--set=ON_ERROR_STOP=1']

export const postgresEngine = (url: string): DatabaseEngine => {
  const { dbname, env, label } = postgresConnection(url)
  const psql = (sql: string) => runTool('psql', [...PSQL, `--dbname=${dbname}`, '--single-transaction', '--command', sql], env)
  return {
    kind: 'postgres',
    label,
    dumpName: 'warta.pgdump',
    isEmpty: async () => Number((await psql(COUNT_OBJECTS)).trim()) === 0,
    // pg_dump reads the whole database in one repeatable-read transaction: a consistent snapshot of a
    // live database. Custom format, without owners or grants, so it restores under any role.
    dump: async (file) => {
      await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${dbname}`], env)
    },
    // One transaction for everything: pg_restore turns the dump into SQL, which psql runs between a
    // BEGIN and a COMMIT of ours, after the clearing (--force). The COMMIT is sent only once the whole
    // dump has been read, so a failed, cut or killed restore leaves the database as it was; pg_restore
    // --single-transaction alone could not include the clearing. (Only large objects, which Payload
    // does not use, would bring transaction blocks of their own into the script.)
    restore: async (file, { force }) => {
      await pipeTools(
        { command: 'pg_restore', args: ['--no-owner', '--no-privileges', '--file=-', file] },
        { command: 'psql', args: [...PSQL, `--dbname=${dbname}`, '--file=-'] },
        env,
        { before: `BEGIN;\n${force ? `${CLEAR_DATABASE}\n` : ''}`, after: '\nCOMMIT;\n' },
      )
    },
  }
}
