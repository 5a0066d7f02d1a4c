import type pg from 'pg';

/** A connection inside a transaction that is bound to one municipality (row-level security applies). */
export type Db = pg.PoolClient;

/** SQL that travels without parameters, so it may share a round trip with BEGIN: build it only from checked values. */
export interface RoundTripSql {
  /** Statements before the transaction opens (a transaction of their own, say). */
  before?: string;
}

/**
 * Runs `work` in a transaction in which row-level security lets the app role see only `municipalityId`.
 * Every repo call still filters on the municipality itself: this is the second lock. `sql.before` rides
 * along with BEGIN in the same round trip; `work` receives the row sets of its statements that return
 * rows (set_config's left out), in order.
 */
export async function withMunicipality<T>(
  pool: pg.Pool,
  municipalityId: string,
  work: (db: Db, results: pg.QueryResult[]) => Promise<T>,
  sql: RoundTripSql = {},
): Promise<T> {
  // Checked, so it can go into one round trip with BEGIN (a multi-statement query takes no parameters).
  if (!isMunicipalityCode(municipalityId)) throw new Error(`not a municipality code: ${municipalityId}`);
  const client = await pool.connect();
  try {
    const opening = `begin; select set_config('schakel.municipality', '${municipalityId}', true)`;
    const opened = (await client.query(sql.before ? `${sql.before}; ${opening}` : opening)) as unknown as pg.QueryResult[];
    const results = opened.filter((result) => result.fields.length > 0 && !isSetConfig(result));
    const result = await work(client, results);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export const isMunicipalityCode = (value: string) => /^GM\d{4}$/.test(value);

const isSetConfig = (result: pg.QueryResult) => result.fields.length === 1 && result.fields[0]?.name === 'set_config';
