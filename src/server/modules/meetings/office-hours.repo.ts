import type { Db } from '../../platform/db/tenant.js';

export interface ScheduleRow {
  id: string;
  area_id: string;
  area_name: string;
  title: string;
  location: string;
  address: string;
  weekday: number;
  start_time: string;
  end_time: string;
  interval_weeks: number;
  starts_on: string;
  ends_on: string | null;
  themes: string[];
  host_user_id: string | null;
  host_name: string | null;
  is_public: boolean;
  notes: string;
  updated_at: Date;
}

const SCHEDULE_SELECT = `
  select s.id, s.area_id, a.name as area_name, s.title, s.location, s.address, s.weekday, to_char(s.start_time, 'HH24:MI') as start_time,
    to_char(s.end_time, 'HH24:MI') as end_time, s.interval_weeks, s.starts_on::text, s.ends_on::text, s.themes, s.host_user_id,
    u.name as host_name, s.is_public, s.notes, s.updated_at
  from office_hour_schedules s
  join areas a on a.id = s.area_id and a.municipality_id = s.municipality_id
  left join users u on u.id = s.host_user_id and u.municipality_id = s.municipality_id`;

export async function listScheduleRows(db: Db, municipalityId: string, filter: { areaId?: string; publicOnly?: boolean; hostId?: string; areaIds?: string[] }): Promise<ScheduleRow[]> {
  const { rows } = await db.query<ScheduleRow>(
    `${SCHEDULE_SELECT} where s.municipality_id = $1 and ($2::uuid is null or s.area_id = $2) and (not $3 or s.is_public)
       and ($4::uuid is null or s.host_user_id = $4 or s.area_id = any(coalesce($5::uuid[], '{}')))
     order by a.name, s.weekday, s.start_time`,
    [municipalityId, filter.areaId ?? null, filter.publicOnly ?? false, filter.hostId ?? null, filter.areaIds ?? null],
  );
  return rows;
}

export async function findScheduleRow(db: Db, municipalityId: string, id: string): Promise<ScheduleRow | undefined> {
  const { rows } = await db.query<ScheduleRow>(`${SCHEDULE_SELECT} where s.municipality_id = $1 and s.id = $2`, [municipalityId, id]);
  return rows[0];
}

export async function insertScheduleRow(
  db: Db,
  municipalityId: string,
  input: { areaId: string; title: string; location: string; address: string; weekday: number; startTime: string; endTime: string; intervalWeeks: number; startsOn: string; endsOn: string | null; themes: string[]; hostUserId: string | null; isPublic: boolean; notes: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into office_hour_schedules (municipality_id, area_id, title, location, address, weekday, start_time, end_time, interval_weeks, starts_on, ends_on, themes, host_user_id, is_public, notes)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) returning id`,
    [municipalityId, input.areaId, input.title, input.location, input.address, input.weekday, input.startTime, input.endTime, input.intervalWeeks, input.startsOn, input.endsOn, input.themes, input.hostUserId, input.isPublic, input.notes],
  );
  return rows[0]?.id as string;
}

const COLUMNS = { title: 'title', location: 'location', address: 'address', endsOn: 'ends_on', themes: 'themes', hostUserId: 'host_user_id', isPublic: 'is_public', notes: 'notes' } as const;

export async function updateScheduleRow(db: Db, municipalityId: string, id: string, update: Partial<Record<keyof typeof COLUMNS, unknown>>): Promise<void> {
  const entries = Object.entries(COLUMNS).filter(([key]) => update[key as keyof typeof COLUMNS] !== undefined);
  if (entries.length === 0) return;
  // Column names come from the fixed map above, never from the request.
  const sets = entries.map(([, column], i) => `${column} = $${i + 3}`).join(', ');
  await db.query(`update office_hour_schedules set ${sets}, updated_at = now() where municipality_id = $1 and id = $2`, [municipalityId, id, ...entries.map(([key]) => update[key as keyof typeof COLUMNS])]);
}

export async function deleteScheduleRow(db: Db, municipalityId: string, id: string): Promise<boolean> {
  const { rowCount } = await db.query('delete from office_hour_schedules where municipality_id = $1 and id = $2', [municipalityId, id]);
  return (rowCount ?? 0) > 0;
}

export interface VisitRow {
  id: string;
  area_id: string;
  schedule_id: string | null;
  visited_on: string;
  question: string;
  themes: string[];
  outcome: 'answered' | 'signal' | 'referral';
  answer: string;
  signal_id: string | null;
  signal_reference: string | null;
  referral_id: string | null;
  created_by_name: string | null;
}

const VISIT_SELECT = `
  select v.id, v.area_id, v.schedule_id, v.visited_on::text, v.question, v.themes, v.outcome, v.answer, v.signal_id, s.reference as signal_reference,
    v.referral_id, u.name as created_by_name
  from office_hour_visits v
  left join signals s on s.id = v.signal_id and s.municipality_id = v.municipality_id
  left join users u on u.id = v.created_by and u.municipality_id = v.municipality_id`;

export async function listVisitRows(db: Db, municipalityId: string, filter: { areaId?: string; scheduleId?: string }): Promise<VisitRow[]> {
  const { rows } = await db.query<VisitRow>(
    `${VISIT_SELECT} where v.municipality_id = $1 and ($2::uuid is null or v.area_id = $2) and ($3::uuid is null or v.schedule_id = $3)
     order by v.visited_on desc, v.created_at desc limit 500`,
    [municipalityId, filter.areaId ?? null, filter.scheduleId ?? null],
  );
  return rows;
}

export async function findVisitRow(db: Db, municipalityId: string, id: string): Promise<VisitRow | undefined> {
  const { rows } = await db.query<VisitRow>(`${VISIT_SELECT} where v.municipality_id = $1 and v.id = $2`, [municipalityId, id]);
  return rows[0];
}

export async function insertVisitRow(
  db: Db,
  row: { municipalityId: string; areaId: string; scheduleId: string | null; visitedOn: string; question: string; themes: string[]; outcome: string; answer: string; signalId: string | null; referralId: string | null; createdBy: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into office_hour_visits (municipality_id, area_id, schedule_id, visited_on, question, themes, outcome, answer, signal_id, referral_id, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning id`,
    [row.municipalityId, row.areaId, row.scheduleId, row.visitedOn, row.question, row.themes, row.outcome, row.answer, row.signalId, row.referralId, row.createdBy],
  );
  return rows[0]?.id as string;
}
