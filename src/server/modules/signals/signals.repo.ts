import type { SignalListQuery } from '../../../shared/schemas/signal.js';
import type pg from 'pg';
import { type Db, isMunicipalityCode } from '../../platform/db/tenant.js';

export interface SignalRow {
  id: string;
  municipality_id: string;
  reference: string;
  text: string;
  channel: string;
  received_on: string;
  entered_by: string | null;
  entered_by_name: string | null;
  on_behalf_of: string | null;
  area_id: string | null;
  area_name: string | null;
  neighbourhood_code: string | null;
  neighbourhood_name: string | null;
  lat: number | null;
  lon: number | null;
  kind: 'daily_report' | 'individual_question' | 'area_issue';
  triage: Record<string, unknown>;
  themes: string[];
  status: 'new' | 'assessed' | 'in_progress' | 'result_agreed' | 'monitoring' | 'closed';
  closing_state: string | null;
  closing_reason: string | null;
  priority: 'low' | 'normal' | 'high' | 'urgent' | null;
  priority_reason: string | null;
  content_assessment: string | null;
  relevance: string | null;
  frameworks: string[];
  approach: string | null;
  expected_result: string | null;
  result: string | null;
  duplicate_of: string | null;
  duplicate_of_reference: string | null;
  handoff: Record<string, unknown> | null;
  created_at: Date;
  open_referrals: number;
  overdue_referrals: number;
}

const SELECT = `
  select s.*, a.name as area_name, u.name as entered_by_name, d.reference as duplicate_of_reference,
    (select r.name from regions r where r.municipality_id = s.municipality_id and r.code = s.neighbourhood_code
       order by r.year desc limit 1) as neighbourhood_name,
    (select count(*)::int from referrals f where f.signal_id = s.id and f.status in ('open', 'seen')) as open_referrals,
    (select count(*)::int from referrals f where f.signal_id = s.id and f.status in ('open', 'seen') and f.due_on < current_date) as overdue_referrals
  from signals s
  left join areas a on a.id = s.area_id
  left join users u on u.id = s.entered_by
  left join signals d on d.id = s.duplicate_of`;

/**
 * SQL that takes the next reference number of the municipality's year (S-2026-0042) in a transaction of
 * its own, before the intake's: inside the intake's transaction the counter row would stay locked until
 * that commit, and every other intake of the municipality would queue behind it. Without parameters
 * (values checked), so it can share a round trip with the intake's BEGIN. A failed intake leaves a gap;
 * no number is given twice. The counter's commit need not wait for the disk: the intake that uses the
 * number commits later, synchronously, and that flushes the counter's WAL record with it.
 */
export function referenceCounterSql(municipalityId: string, year: number): string {
  if (!isMunicipalityCode(municipalityId) || !Number.isInteger(year)) throw new Error(`bad reference scope: ${municipalityId} ${year}`);
  return `begin; select set_config('schakel.municipality', '${municipalityId}', true); set local synchronous_commit to off;
    insert into signal_counters (municipality_id, year, last_number) values ('${municipalityId}', ${year}, 1)
      on conflict (municipality_id, year) do update set last_number = signal_counters.last_number + 1
      returning ${year} as reference_year, last_number as reference_number;
    commit`;
}

/** The reference from the row set of referenceCounterSql. */
export function referenceFrom(results: readonly pg.QueryResult[]): string {
  const row = results.find((result) => result.fields.some((field) => field.name === 'reference_number'))?.rows[0] as
    | { reference_year: number; reference_number: number }
    | undefined;
  if (!row) throw new Error('no reference number returned');
  return `S-${row.reference_year}-${String(row.reference_number).padStart(4, '0')}`;
}

export interface NewSignalRow {
  municipalityId: string;
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
}

/** Inserts a signal with its 'created' event and, when given, its reporter: one statement, one round trip. */
export async function insertSignal(
  db: Db,
  row: NewSignalRow,
  created: { actorId: string | null; details: Record<string, unknown> },
  reporter: { name: string | null; email: string | null; phone: string | null } | null,
): Promise<string> {
  // Named, so each connection plans it once: the intake's hottest statement.
  const { rows } = await db.query<{ id: string }>({
    name: 'signals.insert',
    text: `with s as (
       insert into signals (municipality_id, reference, text, channel, received_on, entered_by, on_behalf_of, area_id,
         neighbourhood_code, lat, lon, kind, triage, themes, tracking_token_hash)
       values ($1, $2, $3, $4, coalesce($5::date, current_date), $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) returning id
     ), created as (
       insert into signal_events (signal_id, municipality_id, actor_id, type, to_status, details)
       select id, $1, $16, 'created', 'new', $17 from s
     ), reporter as (
       insert into signal_reporters (signal_id, municipality_id, name, email, phone, consent_at)
       select id, $1, $19, $20, $21, now() from s where $18
     )
     select id from s`,
    values: [
      row.municipalityId, row.reference, row.text, row.channel, row.receivedOn, row.enteredBy, row.onBehalfOf, row.areaId,
      row.neighbourhoodCode, row.lat, row.lon, row.kind, JSON.stringify(row.triage), row.themes, row.trackingTokenHash,
      created.actorId, JSON.stringify(created.details), reporter !== null, reporter?.name ?? null, reporter?.email ?? null, reporter?.phone ?? null,
    ],
  });
  return rows[0]?.id as string;
}

export async function insertPhoto(db: Db, photo: { signalId: string; municipalityId: string; contentType: string; bytes: Buffer }): Promise<void> {
  await db.query('insert into signal_photos (signal_id, municipality_id, content_type, bytes) values ($1, $2, $3, $4)', [
    photo.signalId, photo.municipalityId, photo.contentType, photo.bytes,
  ]);
}

export interface SignalEventInput {
  signalId: string;
  municipalityId: string;
  actorId: string | null;
  type: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  note?: string | null;
  publicMessage?: string | null;
  details?: Record<string, unknown>;
}

export async function insertEvent(db: Db, event: SignalEventInput): Promise<void> {
  await db.query(
    `insert into signal_events (signal_id, municipality_id, actor_id, type, from_status, to_status, note, public_message, details)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      event.signalId, event.municipalityId, event.actorId, event.type, event.fromStatus ?? null, event.toStatus ?? null,
      event.note ?? null, event.publicMessage ?? null, JSON.stringify(event.details ?? {}),
    ],
  );
}

export async function findSignalRow(db: Db, municipalityId: string, id: string): Promise<SignalRow | undefined> {
  const { rows } = await db.query<SignalRow>(`${SELECT} where s.municipality_id = $1 and s.id = $2`, [municipalityId, id]);
  return rows[0];
}

export const COUNT_CAP = 500;

const SORTS = {
  newest: 's.created_at desc',
  oldest: 's.created_at asc',
  priority: `array_position(array['urgent','high','normal','low'], s.priority) nulls last, s.created_at desc`,
} as const;

/** The inbox: filters combine; `visibleTo` limits a partner or specialist to their own signals. */
export async function listSignalRows(
  db: Db,
  municipalityId: string,
  query: SignalListQuery,
  scope: { areaIds?: string[]; enteredBy?: string; referredTo?: string },
): Promise<{ rows: SignalRow[]; total: number; isTotalCapped: boolean }> {
  const where = ['s.municipality_id = $1'];
  const params: unknown[] = [municipalityId];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (query.areaId) add('s.area_id = ?', query.areaId);
  if (scope.areaIds) add('s.area_id = any(?::uuid[])', scope.areaIds);
  if (scope.enteredBy) add('s.entered_by = ?', scope.enteredBy);
  if (scope.referredTo) add('exists (select 1 from referrals f where f.signal_id = s.id and f.specialist_id = ?)', scope.referredTo);
  if (query.status === 'open') where.push(`s.status <> 'closed'`);
  else if (query.status) add('s.status = ?', query.status);
  if (query.kind) add('s.kind = ?', query.kind);
  // Containment, not '= any': the GIN index signals_open_themes answers it.
  if (query.theme) add('s.themes @> array[?]::text[]', query.theme);
  if (query.overdue === 'true') {
    where.push(`exists (select 1 from referrals f where f.signal_id = s.id and f.status in ('open', 'seen') and f.due_on < current_date)`);
  }
  if (query.q) add(`(to_tsvector('dutch', s.text) @@ websearch_to_tsquery('dutch', ?) or s.reference ilike '%' || ? || '%')`, query.q);
  const whereSql = where.join(' and ');
  // First which signals match, up to a cap: counting a million rows for a page header costs more than
  // the page. When that is all of them, the page is sorted from those ids; the planner cannot know that
  // a filter (say a theme no open signal of the area has) matches few rows, and would otherwise walk the
  // whole area newest-first looking for 50 that are not there.
  const { rows: matched } = await db.query<{ id: string }>(`select s.id from signals s where ${whereSql} limit ${COUNT_CAP + 1}`, params);
  const total = matched.length;
  const page = `order by ${SORTS[query.sort]} limit ${query.limit} offset ${query.offset}`;
  const { rows } =
    total <= COUNT_CAP
      ? await db.query<SignalRow>(`${SELECT} where s.municipality_id = $1 and s.id = any($2::uuid[]) ${page}`, [municipalityId, matched.map((row) => row.id)])
      : await db.query<SignalRow>(`${SELECT} where ${whereSql} ${page}`, params);
  return { rows, total: Math.min(total, COUNT_CAP), isTotalCapped: total > COUNT_CAP };
}

export async function updateSignalFields(db: Db, municipalityId: string, id: string, fields: Record<string, unknown>): Promise<void> {
  const entries = Object.entries(fields);
  if (entries.length === 0) return;
  const sets = entries.map(([column], i) => `${column} = $${i + 3}`);
  await db.query(`update signals set ${sets.join(', ')}, updated_at = now() where municipality_id = $1 and id = $2`, [
    municipalityId,
    id,
    ...entries.map(([, value]) => value),
  ]);
}

export async function findEventRows(db: Db, municipalityId: string, signalId: string) {
  const { rows } = await db.query<{
    at: Date; type: string; actor: string | null; from_status: string | null; to_status: string | null; note: string | null; public_message: string | null; details: Record<string, unknown>;
  }>(
    `select e.at, e.type, u.name as actor, e.from_status, e.to_status, e.note, e.public_message, e.details
     from signal_events e left join users u on u.id = e.actor_id
     where e.municipality_id = $1 and e.signal_id = $2 order by e.at, e.id`,
    [municipalityId, signalId],
  );
  return rows;
}

export async function findReporterRows(db: Db, municipalityId: string, signalIds: string[]) {
  const { rows } = await db.query<{ signal_id: string; name: string | null; email: string | null; phone: string | null }>(
    `select signal_id, name, email, phone from signal_reporters
     where municipality_id = $1 and signal_id = any($2::uuid[]) and erased_at is null order by created_at`,
    [municipalityId, signalIds],
  );
  return rows;
}

export async function countReporters(db: Db, municipalityId: string, signalId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    'select count(*)::int as n from signal_reporters where municipality_id = $1 and signal_id = $2 and erased_at is null',
    [municipalityId, signalId],
  );
  return rows[0]?.n ?? 0;
}

export async function findPhotoIds(db: Db, municipalityId: string, signalId: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    'select id from signal_photos where municipality_id = $1 and signal_id = $2 order by created_at',
    [municipalityId, signalId],
  );
  return rows.map((row) => row.id);
}

export async function findPhoto(db: Db, municipalityId: string, signalId: string, photoId: string) {
  const { rows } = await db.query<{ content_type: string; bytes: Buffer }>(
    'select content_type, bytes from signal_photos where municipality_id = $1 and signal_id = $2 and id = $3',
    [municipalityId, signalId, photoId],
  );
  return rows[0];
}

export async function findDuplicates(db: Db, municipalityId: string, signalId: string) {
  const { rows } = await db.query<{ id: string; reference: string }>(
    'select id, reference from signals where municipality_id = $1 and duplicate_of = $2 order by created_at',
    [municipalityId, signalId],
  );
  return rows;
}

/** The connector's earlier decisions, for triage that learns per municipality. */
/** How many of a municipality's earlier decisions triage learns from, most recent first. */
export const LEARNED_WINDOW = 300;

export async function findLearnedExamples(db: Db, municipalityId: string) {
  const { rows } = await db.query<{ text: string; kind: 'daily_report' | 'individual_question' | 'area_issue'; themes: string[] }>(
    `select text, kind, themes from signals
     where municipality_id = $1 and kind_confirmed_by is not null order by updated_at desc limit $2`,
    [municipalityId, LEARNED_WINDOW],
  );
  return rows;
}

export async function findSignalIdByTokenHash(db: { query: Db['query'] }, hash: string) {
  const { rows } = await db.query<{ id: string; municipality_id: string }>('select * from signal_by_tracking_token($1)', [hash]);
  return rows[0];
}

/** Areas whose connector is this user. */
export async function findConnectorAreaIds(db: Db, municipalityId: string, userId: string): Promise<string[]> {
  const { rows } = await db.query<{ area_id: string }>(
    `select area_id from area_people where municipality_id = $1 and user_id = $2 and role = 'connector'`,
    [municipalityId, userId],
  );
  return rows.map((row) => row.area_id);
}

/**
 * Located signals of an area (or the municipality) for the map, newest first, as a JSON array built by
 * PostgreSQL: a thousand points are one value to pass on, not a thousand rows to parse and serialise again.
 */
export async function listSignalPointsJson(db: Db, municipalityId: string, options: { areaId?: string; openOnly: boolean; limit: number }): Promise<string> {
  const { rows } = await db.query<{ points: string }>(
    `select coalesce(json_agg(json_build_object('id', id, 'reference', reference, 'lat', lat, 'lon', lon, 'kind', kind, 'status', status, 'themes', themes)
                              order by created_at desc), '[]')::text as points
     from (select id, reference, lat, lon, kind, status, themes, created_at from signals
           where municipality_id = $1 and lat is not null and ($2::uuid is null or area_id = $2) and (not $3 or status <> 'closed')
           order by created_at desc limit $4) p`,
    [municipalityId, options.areaId ?? null, options.openOnly, options.limit],
  );
  return rows[0]?.points ?? '[]';
}
