import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../db/migrations');
// Any constant will do: it only has to be the same for every Schakel process on the cluster.
const MIGRATION_LOCK_KEY = 748_0400_597;

/** Applies the forward-only SQL migrations in db/migrations that this database has not seen yet. */
export async function migrate(ownerUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(
      'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
    );
    const applied = new Set(
      (await client.query<{ name: string }>('select name from schema_migrations')).rows.map((row) => row.name),
    );
    const files = (await readdir(MIGRATIONS_DIR)).filter((file) => file.endsWith('.sql')).sort();
    const newlyApplied: string[] = [];
    for (const file of files) {
      if (applied.has(file)) continue;
      const sql = await readFile(path.join(MIGRATIONS_DIR, file), 'utf8');
      await client.query('begin');
      try {
        await client.query(sql);
        await client.query('insert into schema_migrations (name) values ($1)', [file]);
        await client.query('commit');
        newlyApplied.push(file);
      } catch (error) {
        await client.query('rollback');
        throw new Error(`Migratie ${file} mislukt: ${(error as Error).message}`);
      }
    }
    return newlyApplied;
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

/**
 * Makes sure the request-serving login role exists, can log in with `password`, is not the owner and
 * has no BYPASSRLS, and may use the tables (row-level security then limits it to one municipality).
 */
export async function ensureAppRole(ownerUrl: string, role: string, password: string): Promise<void> {
  if (await canLogin(ownerUrl, role, password)) {
    await grantAppRole(ownerUrl, role);
    return;
  }
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const exists = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    const verb = exists.rowCount ? 'alter' : 'create';
    const escapedPassword = password.replaceAll("'", "''");
    await client.query(`${verb} role ${role} login nosuperuser nobypassrls noinherit password '${escapedPassword}'`);
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end();
  }
  await grantAppRole(ownerUrl, role);
}

async function grantAppRole(ownerUrl: string, role: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const database = (await client.query<{ db: string }>('select current_database() as db')).rows[0]?.db ?? '';
    await client.query(`
      grant connect on database "${database.replaceAll('"', '""')}" to ${role};
      grant usage on schema public to ${role};
      grant select, insert, update, delete on all tables in schema public to ${role};
      grant usage, select on all sequences in schema public to ${role};
      grant execute on all functions in schema public to ${role};
      revoke all on schema_migrations from ${role};
    `);
  } finally {
    await client.end();
  }
}

async function canLogin(ownerUrl: string, role: string, password: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: withCredentials(ownerUrl, role, password) });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}
