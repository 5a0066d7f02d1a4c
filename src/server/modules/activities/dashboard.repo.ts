import type { ActivityRole, Granularity } from '../../../shared/schemas/activity.js';
import type { Db } from '../../platform/db/tenant.js';

export interface DashboardFilter {
  from: string;
  to: string;
  granularity: Granularity;
  userId?: string;
  areaId?: string;
}

export interface RoleAggregateRow {
  dimension: 'period' | 'user' | 'area';
  period_start: string | null;
  user_id: string | null;
  user_name: string | null;
  area_id: string | null;
  area_name: string | null;
  role: ActivityRole;
  minutes: number;
  suggested: number;
  confirmed: number;
}

// date_trunc's unit comes from this map only, never from input.
const UNIT: Record<Granularity, string> = { week: 'week', month: 'month', quarter: 'quarter' };

function filterSql(filter: DashboardFilter, params: unknown[]): string {
  const where = ['a.municipality_id = $1', 'a.occurred_on between $2::date and $3::date'];
  if (filter.userId) {
    params.push(filter.userId);
    where.push(`a.user_id = $${params.length}`);
  }
  if (filter.areaId) {
    params.push(filter.areaId);
    where.push(`a.area_id = $${params.length}`);
  }
  return where.join(' and ');
}

/**
 * Minutes per role per period, per connector and per area in one pass over the covering index
 * (grouping sets), with how often the suggested role was confirmed.
 */
export async function aggregateRoles(db: Db, municipalityId: string, filter: DashboardFilter): Promise<RoleAggregateRow[]> {
  const params: unknown[] = [municipalityId, filter.from, filter.to];
  const where = filterSql(filter, params);
  const { rows } = await db.query<RoleAggregateRow>(
    `with grouped as (
       select
         case when grouping(p.start) = 0 then 'period' when grouping(a.user_id) = 0 then 'user' else 'area' end as dimension,
         p.start as period_start, a.user_id, a.area_id, a.role,
         sum(a.minutes)::bigint as minutes,
         count(*) filter (where a.suggested_role is not null)::int as suggested,
         count(*) filter (where a.suggested_role = a.role)::int as confirmed
       from activities a
       cross join lateral (select date_trunc('${UNIT[filter.granularity]}', a.occurred_on::timestamp)::date as start) p
       where ${where}
       group by grouping sets ((p.start, a.role), (a.user_id, a.role), (a.area_id, a.role))
     )
     select g.dimension, g.period_start::text, g.user_id, u.name as user_name, g.area_id, ar.name as area_name, g.role,
       g.minutes, g.suggested, g.confirmed
     from grouped g
     left join users u on u.id = g.user_id and u.municipality_id = $1
     left join areas ar on ar.id = g.area_id and ar.municipality_id = $1`,
    params,
  );
  return rows;
}

export interface HoursRow {
  period_start: string;
  area_id: string | null;
  user_id: string;
  hours: number;
}

/** Hours spent per period, area and connector. */
export async function sumSpentHours(db: Db, municipalityId: string, filter: Omit<DashboardFilter, 'granularity'> & { granularity: 'week' | 'month' }) {
  const params: unknown[] = [municipalityId, filter.from, filter.to];
  const where = filterSql(filter, params);
  const { rows } = await db.query<HoursRow>(
    `select date_trunc('${UNIT[filter.granularity]}', a.occurred_on::timestamp)::date::text as period_start, a.area_id, a.user_id,
       sum(a.minutes) / 60.0 as hours
     from activities a where ${where}
     group by 1, 2, 3`,
    params,
  );
  return rows;
}

/**
 * The hours budget per period, area and connector: each working day (Monday to Friday) on which the
 * connector was assigned to the area adds a fifth of the hours per week that held that day.
 */
export async function sumBudgetHours(db: Db, municipalityId: string, filter: Omit<DashboardFilter, 'granularity'> & { granularity: 'week' | 'month' }) {
  const params: unknown[] = [municipalityId, filter.from, filter.to];
  const where = ['h.municipality_id = $1'];
  if (filter.userId) {
    params.push(filter.userId);
    where.push(`h.user_id = $${params.length}`);
  }
  if (filter.areaId) {
    params.push(filter.areaId);
    where.push(`h.area_id = $${params.length}`);
  }
  const { rows } = await db.query<HoursRow>(
    `select date_trunc('${UNIT[filter.granularity]}', d.day)::date::text as period_start, h.area_id, h.user_id,
       sum(h.hours_per_week / 5.0) as hours
     from generate_series($2::date::timestamp, $3::date::timestamp, interval '1 day') as d(day)
     join connector_hours h on d.day::date >= h.valid_from and (h.valid_to is null or d.day::date < h.valid_to)
     where ${where.join(' and ')} and extract(isodow from d.day) < 6
     group by 1, 2, 3`,
    params,
  );
  return rows;
}

export async function findNames(db: Db, municipalityId: string, userIds: string[], areaIds: string[]) {
  const users = await db.query<{ id: string; name: string }>('select id, name from users where municipality_id = $1 and id = any($2::uuid[])', [
    municipalityId,
    userIds,
  ]);
  const areas = await db.query<{ id: string; name: string }>('select id, name from areas where municipality_id = $1 and id = any($2::uuid[])', [
    municipalityId,
    areaIds,
  ]);
  return { users: new Map(users.rows.map((r) => [r.id, r.name])), areas: new Map(areas.rows.map((r) => [r.id, r.name])) };
}

/** Today's hours per week of each connector in each area. */
export async function findCurrentHours(db: Db, municipalityId: string): Promise<Map<string, number | null>> {
  const { rows } = await db.query<{ area_id: string; user_id: string; hours_per_week: number | null }>(
    `select area_id, user_id, hours_per_week from area_people where municipality_id = $1 and role = 'connector'`,
    [municipalityId],
  );
  return new Map(rows.map((row) => [`${row.area_id}/${row.user_id}`, row.hours_per_week === null ? null : Number(row.hours_per_week)]));
}
