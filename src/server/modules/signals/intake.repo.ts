import type pg from 'pg';
import type { Db } from '../../platform/db/tenant.js';
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

/**
 * Inserts signals, each with its 'created' event and, when given, its reporter: one statement for any
 * number of them (the rows travel as one JSON parameter), so a batch of intakes costs one round trip.
 * Returns the new ids in the order of `signals`.
 */
export async function insertSignals(db: Db, municipalityId: string, signals: readonly NewSignal[]): Promise<string[]> {
  const { rows } = await db.query<{ id: string; reference: string }>({
    // Named, so each connection plans it once: the intake's hottest statement.
    name: 'signals.insert-many',
    text: `with input as (
       select * from jsonb_to_recordset($2::jsonb) as r(reference text, text text, channel text, received_on date,
         entered_by uuid, on_behalf_of text, area_id uuid, neighbourhood_code text, lat float8, lon float8, kind text,
         triage jsonb, themes text[], tracking_token_hash text, created_by uuid, created_details jsonb,
         reporter_name text, reporter_email text, reporter_phone text, has_reporter boolean)
     ), s as (
       insert into signals (municipality_id, reference, text, channel, received_on, entered_by, on_behalf_of, area_id,
         neighbourhood_code, lat, lon, kind, triage, themes, tracking_token_hash)
       select $1, reference, text, channel, coalesce(received_on, current_date), entered_by, on_behalf_of, area_id,
         neighbourhood_code, lat, lon, kind, triage, themes, tracking_token_hash
       from input
       returning id, reference
     ), created as (
       insert into signal_events (signal_id, municipality_id, actor_id, type, to_status, details)
       select s.id, $1, i.created_by, 'created', 'new', i.created_details from s join input i using (reference)
     ), reporter as (
       insert into signal_reporters (signal_id, municipality_id, name, email, phone, consent_at)
       select s.id, $1, i.reporter_name, i.reporter_email, i.reporter_phone, now() from s join input i using (reference)
       where i.has_reporter
     )
     select id, reference from s`,
    values: [
      municipalityId,
      JSON.stringify(
        signals.map((signal) => ({
          reference: signal.reference,
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
        })),
      ),
    ],
  });
  const idByReference = new Map(rows.map((row) => [row.reference, row.id]));
  return signals.map((signal) => {
    const id = idByReference.get(signal.reference);
    if (!id) throw new Error(`signal ${signal.reference} was not inserted`);
    return id;
  });
}

export async function insertPhoto(db: Db, photo: { signalId: string; municipalityId: string; contentType: string; bytes: Buffer }): Promise<void> {
  await db.query('insert into signal_photos (signal_id, municipality_id, content_type, bytes) values ($1, $2, $3, $4)', [
    photo.signalId, photo.municipalityId, photo.contentType, photo.bytes,
  ]);
}
