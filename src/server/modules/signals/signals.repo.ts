import type { SignalListQuery } from '../../../shared/schemas/signal.js';
import type { Db } from '../../platform/db/tenant.js';

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

/** What the inbox shows of a signal. `text` is only its start: enough for the excerpt (presentListItem). */
export type SignalListRow = Pick<
  SignalRow,
  'id' | 'reference' | 'text' | 'kind' | 'status' | 'closing_state' | 'channel' | 'themes' | 'priority' | 'area_id' | 'area_name' | 'received_on' | 'created_at' | 'open_referrals' | 'overdue_referrals'
>;

// What the page's signals are read with (the sort's columns among them): whole columns, so nothing is
// computed for the matches the sort passes over.
const PAGE_COLUMNS = 's.id, s.reference, s.text, s.kind, s.status, s.closing_state, s.channel, s.themes, s.priority, s.area_id, s.received_on, s.created_at';

/**
 * The page's signals (`pageSql`, already limited) as list rows, in `sort`'s order: only what an item shows
 * (no triage, assessment texts, reporter, duplicate or neighbourhood name); the text up to 141 characters,
 * as an excerpt is the text when it has at most 140, else its first 137 and '…'. The area's name and the
 * open referrals are joined outside the page, so only its rows are looked up, whatever the sort (inside,
 * they would be for every match before the sort picks 50).
 */
const listPageSql = (pageSql: string, sort: string) => `
  select s.id, s.reference, left(s.text, 141) as text, s.kind, s.status, s.closing_state, s.channel, s.themes, s.priority,
    s.area_id, a.name as area_name, s.received_on, s.created_at, f.open_referrals, f.overdue_referrals
  from (${pageSql}) s
  left join areas a on a.id = s.area_id
  cross join lateral (
    select count(*)::int as open_referrals, count(*) filter (where f.due_on < current_date)::int as overdue_referrals
    from referrals f where f.signal_id = s.id and f.status in ('open', 'seen')) f
  order by ${sort}`;

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
): Promise<{ rows: SignalListRow[]; total: number; isTotalCapped: boolean }> {
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
  // Containment is not leakproof, so under row-level security it is never an index condition; the partial
  // index of open signals per theme (0007_signal_read_paths.sql) answers it through its predicate instead.
  if (query.theme) add('s.themes @> array[?]::text[]', query.theme);
  if (query.overdue === 'true') {
    where.push(`exists (select 1 from referrals f where f.signal_id = s.id and f.status in ('open', 'seen') and f.due_on < current_date)`);
  }
  if (query.q) add(`(to_tsvector('dutch', s.text) @@ websearch_to_tsquery('dutch', ?) or s.reference ilike '%' || ? || '%')`, query.q);
  const whereSql = where.join(' and ');
  const sort = SORTS[query.sort];
  const page = `order by ${sort} limit ${query.limit} offset ${query.offset}`;
  // First which signals match, up to a cap: counting a million rows for a page header costs more than
  // the page. When that is all of them, the page is sorted from those (only the sort's columns: for newest
  // or oldest, what the area and theme indexes hold) and just its rows are read; the planner cannot know
  // that a filter (say a theme no open signal of the area has) matches few rows, and would otherwise walk
  // the whole area newest-first looking for 50 that are not there.
  const sortColumns = query.sort === 'priority' ? 's.created_at, s.priority' : 's.created_at';
  const { rows: matched } = await db.query<{ total: number; page: string[] }>(
    `with matched as (select s.id, ${sortColumns} from signals s where ${whereSql} limit ${COUNT_CAP + 1})
     select (select count(*)::int from matched) as total, array(select s.id from matched s ${page}) as page`,
    params,
  );
  const total = matched[0]?.total ?? 0;
  const pageIds = matched[0]?.page ?? [];
  const { rows } =
    total <= COUNT_CAP
      ? pageIds.length === 0
        ? { rows: [] }
        : // Named (one text per sort), so each connection plans it once.
          await db.query<SignalListRow>({
            name: `signals.list-page.${query.sort}`,
            text: listPageSql(`select ${PAGE_COLUMNS} from signals s where s.municipality_id = $1 and s.id = any($2::uuid[])`, sort),
            values: [municipalityId, pageIds],
          })
      : await db.query<SignalListRow>(listPageSql(`select ${PAGE_COLUMNS} from signals s where ${whereSql} ${page}`, sort), params);
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
     where municipality_id = $1 and kind_confirmed_by is not null order by updated_at desc, id desc limit $2`,
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
 * Written out as text rather than with json_build_object, which looks up how to write each of its values
 * again for every point (about 40 % less work for a thousand points). Only the reference and themes can
 * hold characters JSON escapes (to_json); the id is a uuid, kind and status are checked words, and a
 * coordinate is a finite number (its check rejects NaN and infinity) that float8's text form writes as
 * JSON does. A point needs both coordinates (the schema's lat and lon are numbers, never null).
 */
export async function listSignalPointsJson(db: Db, municipalityId: string, options: { areaId?: string; openOnly: boolean; limit: number }): Promise<string> {
  const { areaId, openOnly } = options;
  // Named, so each connection plans it once; one text per filter combination, so that plan is the one the
  // values would get (an area's open signals come from signals_open_area alone).
  const { rows } = await db.query<{ points: string }>({
    name: `signals.map.${areaId ? 'area' : 'all'}.${openOnly ? 'open' : 'any'}`,
    text: `select '[' || coalesce(string_agg(
              '{"id":"' || id || '","reference":' || to_json(reference) || ',"lat":' || lat || ',"lon":' || lon ||
              ',"kind":"' || kind || '","status":"' || status || '","themes":' || to_json(themes) || '}',
              ',' order by created_at desc), '') || ']' as points
     from (select id, reference, lat, lon, kind, status, themes, created_at from signals
           where municipality_id = $1 and lat is not null and lon is not null${areaId ? ' and area_id = $3' : ''}${openOnly ? ` and status <> 'closed'` : ''}
           order by created_at desc limit $2) p`,
    values: areaId ? [municipalityId, options.limit, areaId] : [municipalityId, options.limit],
  });
  return rows[0]?.points ?? '[]';
}
