import type pg from 'pg';

/** A connection inside a transaction that is bound to one municipality (row-level security applies). */
export type Db = pg.PoolClient;

/**
 * Runs `work` in a transaction in which row-level security lets the app role see only `municipalityId`.
 * Every repo call still filters on the municipality itself: this is the second lock.
 */
export async function withMunicipality<T>(
  pool: pg.Pool,
  municipalityId: string,
  work: (db: Db) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query("select set_config('schakel.municipality', $1, true)", [municipalityId]);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
