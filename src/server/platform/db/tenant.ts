import type pg from 'pg';

/** A connection inside a transaction that is bound to one municipality (row-level security applies). */
export type Db = pg.PoolClient;

/** SQL that travels without parameters, so it may share a round trip with BEGIN: build it only from checked values. */
export interface RoundTripSql {
  /** Statements before the transaction opens (a transaction of their own, say). */
  before?: string;
  /** Statements in the transaction, in the round trip that opens it; their row sets go to `work`. */
  after?: string;
  /** A statement they execute, prepared on the connection first if it is not yet. */
  prepared?: PreparedSql;
}

/** A named statement for PREPARE: `sql` is the whole `prepare <name>(…) as …`. */
export interface PreparedSql {
  name: string;
  sql: string;
}

/**
 * Runs `work` in a transaction in which row-level security lets the app role see only `municipalityId`.
 * Every repo call still filters on the municipality itself: this is the second lock. `sql.before` and
 * `sql.after` ride along with BEGIN in the same round trip; `work` receives the row sets of `sql.after`'s
 * statements (and `sql.before`'s) that return rows, in order.
 */
export async function withMunicipality<T>(
  pool: pg.Pool,
  municipalityId: string,
  work: (db: Db, results: pg.QueryResult[]) => Promise<T>,
  sql: RoundTripSql = {},
): Promise<T> {
  const client = await pool.connect();
  try {
    return await transactionOn(client, municipalityId, work, sql);
  } finally {
    client.release();
  }
}

/** withMunicipality on a connection the caller holds (and releases). */
export async function transactionOn<T>(
  client: pg.PoolClient,
  municipalityId: string,
  work: (db: Db, results: pg.QueryResult[]) => Promise<T>,
  sql: RoundTripSql = {},
): Promise<T> {
  // Checked, so it can go into one round trip with BEGIN (a multi-statement query takes no parameters).
  if (!isMunicipalityCode(municipalityId)) throw new Error(`not a municipality code: ${municipalityId}`);
  try {
    const opening = [preparing(client, sql.prepared), sql.before, scopeSql(municipalityId), sql.after].filter(Boolean).join('; ');
    const results = rowSets(await client.query(opening));
    markPrepared(client, sql.prepared);
    const result = await work(client, results);
    await client.query('commit');
    return result;
  } catch (error) {
    await recover(client, sql.prepared);
    throw error;
  }
}

/**
 * A whole transaction in one round trip on a connection the caller holds: BEGIN, the municipality's scope,
 * `sql` (parameter-free: built only from checked values and escaped literals) and COMMIT. The query is on its
 * way when this returns its promise. Resolves to the row sets of the statements that return rows.
 */
export function writeInOneRoundTrip(client: pg.PoolClient, municipalityId: string, sql: string, prepared?: PreparedSql): Promise<pg.QueryResult[]> {
  if (!isMunicipalityCode(municipalityId)) return Promise.reject(new Error(`not a municipality code: ${municipalityId}`));
  const query = client.query([preparing(client, prepared), scopeSql(municipalityId), sql, 'commit'].filter(Boolean).join('; '));
  return query.then(
    (result) => {
      markPrepared(client, prepared);
      return rowSets(result);
    },
    async (error) => {
      await recover(client, prepared);
      throw error;
    },
  );
}

/** The statements prepared on each pooled connection, by name. */
const preparedOn = new WeakMap<pg.PoolClient, Set<string>>();

/** The PREPARE to send ahead when the connection does not have the statement yet. */
function preparing(client: pg.PoolClient, prepared: PreparedSql | undefined): string | undefined {
  return prepared && !preparedOn.get(client)?.has(prepared.name) ? prepared.sql : undefined;
}

function markPrepared(client: pg.PoolClient, prepared: PreparedSql | undefined): void {
  if (!prepared) return;
  const names = preparedOn.get(client) ?? new Set();
  names.add(prepared.name);
  preparedOn.set(client, names);
}

/**
 * After a failed statement: ends the (aborted) transaction, and when a PREPARE travelled in the failed round
 * trip, asks the connection whether it took.
 */
async function recover(client: pg.PoolClient, prepared: PreparedSql | undefined): Promise<void> {
  await client.query('rollback').catch(() => {});
  if (!prepared || preparedOn.get(client)?.has(prepared.name)) return;
  const { rows } = await client.query('select 1 from pg_prepared_statements where name = $1', [prepared.name]).catch(() => ({ rows: [] }));
  if (rows.length > 0) markPrepared(client, prepared);
}

export const isMunicipalityCode = (value: string) => /^GM\d{4}$/.test(value);

const scopeSql = (municipalityId: string) => `begin; select set_config('schakel.municipality', '${municipalityId}', true)`;

/** The row sets of a multi-statement query that return rows, without set_config's. */
function rowSets(result: pg.QueryResult | pg.QueryResult[]): pg.QueryResult[] {
  const all = Array.isArray(result) ? result : [result];
  return all.filter((set) => set.fields.length > 0 && !isSetConfig(set));
}

const isSetConfig = (result: pg.QueryResult) => result.fields.length === 1 && result.fields[0]?.name === 'set_config';
