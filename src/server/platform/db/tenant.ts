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
  // Checked, so it can go into one round trip with BEGIN (a multi-statement query takes no parameters).
  if (!/^GM\d{4}$/.test(municipalityId)) throw new Error(`not a municipality code: ${municipalityId}`);
  const client = await pool.connect();
  try {
    await client.query(`begin; select set_config('schakel.municipality', '${municipalityId}', true)`);
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
