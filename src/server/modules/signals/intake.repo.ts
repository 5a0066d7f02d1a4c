import pg from 'pg';

const { escapeLiteral } = pg;
import type { Db, PreparedSql } from '../../platform/db/tenant.js';
import { isMunicipalityCode } from '../../platform/db/tenant.js';

/**
 * SQL that takes the next `count` reference numbers of the municipality's year (S-2026-0042) in a
 * transaction of its own, before the intake's: inside the intake's transaction the counter row would stay
 * locked until that commit, and every other intake of the municipality would queue behind it. Without
 * parameters (values checked), so it can share a round trip with the intake's BEGIN. A failed intake
 * leaves a gap; no number is given twice. The counter's commit need not wait for the disk: the intake
 * that uses the numbers commits later, synchronously, and that flushes the counter's WAL record with it.
 */
export function referenceBlockSql(municipalityId: string, year: number, count = 1): string {
  if (!isMunicipalityCode(municipalityId) || !Number.isInteger(year) || !Number.isInteger(count) || count < 1) {
    throw new Error(`bad reference scope: ${municipalityId} ${year} ${count}`);
  }
  return `begin; select set_config('schakel.municipality', '${municipalityId}', true); set local synchronous_commit to off;
    insert into signal_counters (municipality_id, year, last_number) values ('${municipalityId}', ${year}, ${count})
      on conflict (municipality_id, year) do update set last_number = signal_counters.last_number + ${count}
      returning ${year} as reference_year, last_number as reference_number;
    commit`;
}

/** The `count` references from the row sets of referenceBlockSql, in order. */
export function referencesFrom(results: readonly pg.QueryResult[], count = 1): string[] {
  const row = results.find((result) => result.fields.some((field) => field.name === 'reference_number'))?.rows[0] as
    | { reference_year: number; reference_number: number }
    | undefined;
  if (!row) throw new Error('no reference number returned');
  const first = row.reference_number - count + 1;
  return Array.from({ length: count }, (_, i) => `S-${row.reference_year}-${String(first + i).padStart(4, '0')}`);
}

export interface NewSignal {
  reference: string;
  text: string;
  channel: string;
  receivedOn: string | null;
  enteredBy: string | null;
  onBehalfOf: string | null;
  areaId: string | null;
  neighbourhoodCode: string | null;
  lat: number | null;
  lon: number | null;
  kind: string;
  triage: unknown;
  themes: string[];
  trackingTokenHash: string;
  /** Who is recorded on the 'created' event (null: the resident), and what it says. */
  createdBy: string | null;
  createdDetails: Record<string, unknown>;
  reporter: { name: string | null; email: string | null; phone: string | null } | null;
}

/** The columns of a signal as it travels to PostgreSQL in a JSON parameter (see toRecord). */
const RECORD_COLUMNS = `text text, channel text, received_on date, entered_by uuid, on_behalf_of text, area_id uuid,
  neighbourhood_code text, lat float8, lon float8, kind text, triage jsonb, themes text[], tracking_token_hash text,
  created_by uuid, created_details jsonb, reporter_name text, reporter_email text, reporter_phone text, has_reporter boolean`;

const toRecord = (signal: Omit<NewSignal, 'reference'>) => ({
  text: signal.text,
  channel: signal.channel,
  received_on: signal.receivedOn,
  entered_by: signal.enteredBy,
  on_behalf_of: signal.onBehalfOf,
  area_id: signal.areaId,
  neighbourhood_code: signal.neighbourhoodCode,
  lat: signal.lat,
  lon: signal.lon,
  kind: signal.kind,
  triage: signal.triage,
  themes: signal.themes,
  tracking_token_hash: signal.trackingTokenHash,
  created_by: signal.createdBy,
  created_details: signal.createdDetails,
  reporter_name: signal.reporter?.name ?? null,
  reporter_email: signal.reporter?.email ?? null,
  reporter_phone: signal.reporter?.phone ?? null,
  has_reporter: signal.reporter !== null,
});

/**
 * One statement that inserts the signals of the `input` CTE (a record per signal, with its reference and
 * position), each with its 'created' event and, when given, its reporter; it returns id, reference and
 * position. `municipality` is SQL: a parameter or a checked literal.
 */
function insertSignalsStatement(options: { municipality: string; ctes: string }): string {
  const m = options.municipality;
  return `with ${options.ctes},
     s as (
       insert into signals (municipality_id, reference, text, channel, received_on, entered_by, on_behalf_of, area_id,
         neighbourhood_code, lat, lon, kind, triage, themes, tracking_token_hash)
       select ${m}, reference, text, channel, coalesce(received_on, current_date), entered_by, on_behalf_of, area_id,
         neighbourhood_code, lat, lon, kind, triage, themes, tracking_token_hash
       from input
       returning id, reference
     ), created as (
       insert into signal_events (signal_id, municipality_id, actor_id, type, to_status, details)
       select s.id, ${m}, i.created_by, 'created', 'new', i.created_details from s join input i using (reference)
     ), reporter as (
       insert into signal_reporters (signal_id, municipality_id, name, email, phone, consent_at)
       select s.id, ${m}, i.reporter_name, i.reporter_email, i.reporter_phone, now() from s join input i using (reference)
       where i.has_reporter
     )
     select s.id, s.reference, i.position from s join input i using (reference) order by i.position`;
}

/**
 * Inserts signals whose references were taken already: one statement for any number of them (the rows
 * travel as one JSON parameter). Returns the new ids in the order of `signals`.
 */
export async function insertSignals(db: Db, municipalityId: string, signals: readonly NewSignal[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>({
    // Named, so each connection plans it once.
    name: 'signals.insert-many',
    text: insertSignalsStatement({
      municipality: '$1',
      ctes: `input as (select * from jsonb_to_recordset($2::jsonb) as r(reference text, position int, ${RECORD_COLUMNS}))`,
    }),
    values: [municipalityId, JSON.stringify(signals.map((signal, i) => ({ ...toRecord(signal), reference: signal.reference, position: i + 1 })))],
  });
  if (rows.length !== signals.length) throw new Error(`expected ${signals.length} inserted signals, got ${rows.length}`);
  return rows.map((row) => row.id);
}

/**
 * The statement that writes a group of public intakes, prepared once per connection: it takes the group's
 * block of reference numbers (S-2026-0042) and inserts the signals ($3: their records, with a 1-based
 * position). The counter row stays locked until the commit: the intake writer is its only user on the public
 * path, and a staff intake waits for one group at most. A failed group rolls back with its numbers, so it
 * leaves no gap. Its row set holds id, reference and position per signal.
 */
export const GROUP_INSERT: PreparedSql = {
  name: 'intake_group',
  sql: `prepare intake_group(text, int, jsonb) as ${insertSignalsStatement({
    municipality: '$1',
    ctes: `counter as (
       insert into signal_counters (municipality_id, year, last_number) values ($1, $2, jsonb_array_length($3))
       on conflict (municipality_id, year) do update set last_number = signal_counters.last_number + jsonb_array_length($3)
       returning last_number
     ), input as (
       select 'S-' || $2 || '-' || lpad(n::text, greatest(4, length(n::text)), '0') as reference, r.*
       from counter, jsonb_to_recordset($3) as r(position int, ${RECORD_COLUMNS}),
         lateral (select counter.last_number - jsonb_array_length($3) + r.position as n) k
     )`,
  })}`,
};

/**
 * GROUP_INSERT for these signals as parameter-free SQL, to share a round trip with BEGIN and COMMIT (the
 * simple query protocol takes no parameters): the records travel as one escaped JSON literal.
 */
export function groupInsertSql(municipalityId: string, year: number, signals: readonly Omit<NewSignal, 'reference'>[]): string {
  if (!isMunicipalityCode(municipalityId) || !Number.isInteger(year) || signals.length < 1) {
    throw new Error(`bad group: ${municipalityId} ${year} ${signals.length}`);
  }
  const records = escapeLiteral(JSON.stringify(signals.map((signal, i) => ({ ...toRecord(signal), position: i + 1 }))));
  return `execute ${GROUP_INSERT.name}('${municipalityId}', ${year}, ${records})`;
}

/** The inserted signals from the row sets of groupInsertSql, in the group's order. */
export function insertedFrom(results: readonly pg.QueryResult[], count: number): { id: string; reference: string }[] {
  const rows = results.find((result) => result.fields.some((field) => field.name === 'position'))?.rows as
    | { id: string; reference: string; position: number }[]
    | undefined;
  if (!rows || rows.length !== count) throw new Error(`expected ${count} inserted signals, got ${rows?.length ?? 0}`);
  return rows.map(({ id, reference }) => ({ id, reference }));
}

export async function insertPhoto(db: Db, photo: { signalId: string; municipalityId: string; contentType: string; bytes: Buffer }): Promise<void> {
  await db.query('insert into signal_photos (signal_id, municipality_id, content_type, bytes) values ($1, $2, $3, $4)', [
    photo.signalId, photo.municipalityId, photo.contentType, photo.bytes,
  ]);
}
