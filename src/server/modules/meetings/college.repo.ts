import type { Db } from '../../platform/db/tenant.js';

export interface CollegeItemRow {
  id: string;
  area_id: string;
  area_name: string;
  theme: string;
  title: string;
  note: string;
  college_meeting_on: string | null;
  status: 'proposed' | 'scheduled' | 'discussed' | 'withdrawn';
  outcome: string;
  signal_id: string | null;
  signal_reference: string | null;
  project_id: string | null;
  marked_by_name: string | null;
  created_at: Date;
}

const ITEM_SELECT = `
  select c.id, c.area_id, a.name as area_name, c.theme, c.title, c.note, c.college_meeting_on::text, c.status, c.outcome, c.signal_id,
    s.reference as signal_reference, c.project_id, u.name as marked_by_name, c.created_at
  from college_agenda_items c
  join areas a on a.id = c.area_id and a.municipality_id = c.municipality_id
  left join signals s on s.id = c.signal_id and s.municipality_id = c.municipality_id
  left join users u on u.id = c.marked_by and u.municipality_id = c.municipality_id`;

export async function listCollegeItemRows(db: Db, municipalityId: string, filter: { areaIds?: string[]; includeClosed?: boolean }): Promise<CollegeItemRow[]> {
  const { rows } = await db.query<CollegeItemRow>(
    `${ITEM_SELECT} where c.municipality_id = $1 and ($2::uuid[] is null or c.area_id = any($2)) and ($3 or c.status in ('proposed', 'scheduled'))
     order by c.college_meeting_on nulls first, a.name, c.created_at`,
    [municipalityId, filter.areaIds ?? null, filter.includeClosed ?? true],
  );
  return rows;
}

export async function findCollegeItemRow(db: Db, municipalityId: string, id: string): Promise<CollegeItemRow | undefined> {
  const { rows } = await db.query<CollegeItemRow>(`${ITEM_SELECT} where c.municipality_id = $1 and c.id = $2`, [municipalityId, id]);
  return rows[0];
}

export async function insertCollegeItemRow(
  db: Db,
  row: { municipalityId: string; areaId: string; theme: string; title: string; note: string; collegeMeetingOn: string | null; signalId: string | null; projectId: string | null; markedBy: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into college_agenda_items (municipality_id, area_id, theme, title, note, college_meeting_on, status, signal_id, project_id, marked_by)
     values ($1, $2, $3, $4, $5, $6, case when $6::date is null then 'proposed' else 'scheduled' end, $7, $8, $9) returning id`,
    [row.municipalityId, row.areaId, row.theme, row.title, row.note, row.collegeMeetingOn, row.signalId, row.projectId, row.markedBy],
  );
  return rows[0]?.id as string;
}

export async function updateCollegeItemRow(db: Db, municipalityId: string, id: string, change: { collegeMeetingOn?: string | null; status?: string; outcome?: string; note?: string }): Promise<void> {
  await db.query(
    `update college_agenda_items set
       college_meeting_on = case when $3 then $4::date else college_meeting_on end,
       status = coalesce($5, case when $3 and $4::date is not null and status = 'proposed' then 'scheduled' else status end),
       outcome = coalesce($6, outcome), note = coalesce($7, note), updated_at = now()
     where municipality_id = $1 and id = $2`,
    [municipalityId, id, change.collegeMeetingOn !== undefined, change.collegeMeetingOn ?? null, change.status ?? null, change.outcome ?? null, change.note ?? null],
  );
}

export async function signalBelongsToArea(db: Db, municipalityId: string, signalId: string, areaId: string): Promise<boolean> {
  const { rowCount } = await db.query('select 1 from signals where municipality_id = $1 and id = $2 and area_id = $3', [municipalityId, signalId, areaId]);
  return (rowCount ?? 0) > 0;
}

export async function projectBelongsToArea(db: Db, municipalityId: string, projectId: string, areaId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    'select 1 from projects p join programmes g on g.id = p.programme_id and g.municipality_id = p.municipality_id where p.municipality_id = $1 and p.id = $2 and g.area_id = $3',
    [municipalityId, projectId, areaId],
  );
  return (rowCount ?? 0) > 0;
}

export async function listTermRows(db: Db, municipalityId: string) {
  const { rows } = await db.query<{ id: string; name: string; starts_on: string; ends_on: string }>(
    'select id, name, starts_on::text, ends_on::text from college_terms where municipality_id = $1 order by starts_on desc',
    [municipalityId],
  );
  return rows;
}

export async function insertTermRow(db: Db, municipalityId: string, term: { name: string; startsOn: string; endsOn: string }): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    'insert into college_terms (municipality_id, name, starts_on, ends_on) values ($1, $2, $3, $4) returning id',
    [municipalityId, term.name, term.startsOn, term.endsOn],
  );
  return rows[0]?.id as string;
}

export async function updateTermRow(db: Db, municipalityId: string, id: string, term: { name: string; startsOn: string; endsOn: string }): Promise<boolean> {
  const { rowCount } = await db.query('update college_terms set name = $3, starts_on = $4, ends_on = $5 where municipality_id = $1 and id = $2', [
    municipalityId, id, term.name, term.startsOn, term.endsOn,
  ]);
  return rowCount === 1;
}

/** Per area, the first collegebezoek (held, else planned) within the term. */
export async function listCollegeVisits(db: Db, municipalityId: string, term: { starts_on: string; ends_on: string }) {
  const { rows } = await db.query<{ area_id: string; area_name: string; meeting_id: string | null; starts_at: Date | null; status: 'planned' | 'held' | 'cancelled' | null }>(
    `select a.id as area_id, a.name as area_name, v.id as meeting_id, v.starts_at, v.status
     from areas a
     left join lateral (
       select m.id, m.starts_at, m.status from meetings m
       where m.municipality_id = a.municipality_id and m.area_id = a.id and m.kind = 'collegebezoek' and m.status <> 'cancelled'
         and m.starts_at >= ($2::date::timestamp at time zone 'Europe/Amsterdam') and m.starts_at < (($3::date + 1)::timestamp at time zone 'Europe/Amsterdam')
       order by m.status = 'held' desc, m.starts_at limit 1
     ) v on true
     where a.municipality_id = $1 order by a.name`,
    [municipalityId, term.starts_on, term.ends_on],
  );
  return rows;
}

/** The areas a user is wijkwethouder of. */
export async function aldermanAreaIds(db: Db, municipalityId: string, userId: string): Promise<string[]> {
  const { rows } = await db.query<{ area_id: string }>(`select area_id from area_people where municipality_id = $1 and user_id = $2 and role = 'alderman'`, [municipalityId, userId]);
  return rows.map((row) => row.area_id);
}

export async function listAreaRefs(db: Db, municipalityId: string, areaIds?: string[]) {
  const { rows } = await db.query<{ id: string; name: string }>('select id, name from areas where municipality_id = $1 and ($2::uuid[] is null or id = any($2)) order by name', [municipalityId, areaIds ?? null]);
  return rows;
}

export async function countOverdueActions(db: Db, municipalityId: string, areaId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `select count(*)::int as n from meeting_actions where municipality_id = $1 and area_id = $2 and status = 'open' and due_on < current_date`,
    [municipalityId, areaId],
  );
  return rows[0]?.n ?? 0;
}
