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
  area_name: string | null;
  user_id: string;
  user_name: string | null;
  spent: number;
  budget: number;
  current_hours: number | null;
}

/**
 * Hours spent and budgeted per period, area and connector, in one round trip. The budget: each working
 * day (Monday to Friday) on which the connector was assigned to the area adds a fifth of the hours per
 * week that held that day — so weeks and months across a change of hours, a handover or the turn of the
 * year each get exactly their own days.
 */
export async function sumHours(
  db: Db,
  municipalityId: string,
  filter: Omit<DashboardFilter, 'granularity'> & { granularity: 'week' | 'month'; periods: { start: string; end: string }[] },
): Promise<HoursRow[]> {
  const params: unknown[] = [municipalityId, filter.from, filter.to];
  const spentWhere = filterSql(filter, params);
  const budgetWhere = ['h.municipality_id = $1', 'h.valid_from <= $3::date', '(h.valid_to is null or h.valid_to > $2::date)'];
  if (filter.userId) budgetWhere.push(`h.user_id = $${params.indexOf(filter.userId) + 1}`);
  if (filter.areaId) budgetWhere.push(`h.area_id = $${params.indexOf(filter.areaId) + 1}`);
  const unit = UNIT[filter.granularity];
  params.push(filter.periods.map((period) => period.start), filter.periods.map((period) => period.end));
  const periodsFrom = params.length - 1;
  const periodsTo = params.length;
  const { rows } = await db.query<HoursRow>(
    `with spent as (
       select date_trunc('${unit}', a.occurred_on::timestamp)::date as period_start, a.area_id, a.user_id, sum(a.minutes) / 60.0 as hours
       from activities a where ${spentWhere}
       group by 1, 2, 3
     ), assigned as materialized (
       select h.area_id, h.user_id, h.hours_per_week,
         greatest(h.valid_from, $2::date) as first_day, least(coalesce(h.valid_to - 1, $3::date), $3::date) as last_day
       from connector_hours h where ${budgetWhere.join(' and ')}
     ), periods as (
       select unnest($${periodsFrom}::date[]) as period_start, unnest($${periodsTo}::date[]) as period_end
     ), budget as (
       -- Working days in [first, last] = W(last + 1) - W(first), with W(d) the Mondays-to-Fridays since a Monday (1990-01-01).
       select p.period_start, h.area_id, h.user_id,
         sum(h.hours_per_week / 5.0 * (
           (5 * ((least(p.period_end, h.last_day) + 1 - date '1990-01-01') / 7) + least((least(p.period_end, h.last_day) + 1 - date '1990-01-01') % 7, 5))
           - (5 * ((greatest(p.period_start, h.first_day) - date '1990-01-01') / 7) + least((greatest(p.period_start, h.first_day) - date '1990-01-01') % 7, 5))
         )) as hours
       from assigned h join periods p on p.period_start <= h.last_day and p.period_end >= h.first_day
       group by 1, 2, 3
     ), joined as (
       select coalesce(s.period_start, b.period_start) as period_start, coalesce(s.area_id, b.area_id) as area_id,
         coalesce(s.user_id, b.user_id) as user_id, coalesce(s.hours, 0) as spent, coalesce(b.hours, 0) as budget
       from spent s
       full join budget b on b.period_start = s.period_start and b.user_id = s.user_id
         and b.area_id = coalesce(s.area_id, '00000000-0000-0000-0000-000000000000'::uuid)
     ),
     -- Small lookups, materialised so the planner hashes them instead of probing per row.
     people as materialized (select id, name from users where municipality_id = $1),
     area_names as materialized (select id, name from areas where municipality_id = $1),
     current_hours as materialized (
       select area_id, user_id, hours_per_week from area_people where municipality_id = $1 and role = 'connector'
     )
     select j.period_start::text, j.area_id, ar.name as area_name, j.user_id, u.name as user_name, j.spent, j.budget,
       ap.hours_per_week as current_hours
     from joined j
     left join people u on u.id = j.user_id
     left join area_names ar on ar.id = j.area_id
     left join current_hours ap on ap.area_id = j.area_id and ap.user_id = j.user_id`,
    params,
  );
  return rows;
}
