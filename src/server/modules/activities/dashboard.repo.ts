import type { ActivityRole } from '../../../shared/schemas/activity.js';
import type { Db } from '../../platform/db/tenant.js';

export interface DashboardFilter {
  from: string;
  to: string;
  /** The first day of every period, in order: an activity belongs to the last one that starts on or before its day. */
  periodStarts: string[];
  userId?: string;
  areaId?: string;
}

/** Minutes per role of one period, connector or area (null: none in that role). */
export type RoleSums = Record<ActivityRole, number | null>;

export interface RoleAggregateRow extends RoleSums {
  dimension: 'period' | 'user' | 'area';
  /** 1-based index into the filter's periods (dimension 'period'). */
  period_index: number | null;
  user_id: string | null;
  user_name: string | null;
  area_id: string | null;
  area_name: string | null;
  suggested: number;
  confirmed: number;
}

// Granularity no longer shapes the SQL (the periods arrive as an array), so each statement has one text per
// combination of filters, prepared once per connection: planning costs as much as the aggregation itself.
function filterSql(filter: DashboardFilter, params: unknown[]): { where: string; variant: string } {
  const where = ['a.municipality_id = $1', 'a.occurred_on between $2::date and $3::date'];
  const variant = addPersonAndAreaFilters('a', filter, where, params);
  return { where: where.join(' and '), variant };
}

/** The optional connector and area filters on table `alias`, with their parameters; returns the statement variant they make. */
function addPersonAndAreaFilters(alias: 'a' | 'h', filter: { userId?: string; areaId?: string }, where: string[], params: unknown[]): string {
  if (filter.userId) {
    params.push(filter.userId);
    where.push(`${alias}.user_id = $${params.length}`);
  }
  if (filter.areaId) {
    params.push(filter.areaId);
    where.push(`${alias}.area_id = $${params.length}`);
  }
  return `${filter.userId ? 'u' : ''}${filter.areaId ? 'a' : ''}`;
}

/**
 * Minutes per role per period, per connector and per area in one pass over the covering index (grouping
 * sets), with how often the suggested role was confirmed. The roles are columns rather than a grouping key
 * and the period is a bucket of the period starts rather than date_trunc: a fifth of the groups and rows,
 * and no calendar arithmetic per activity.
 */
export async function aggregateRoles(db: Db, municipalityId: string, filter: DashboardFilter): Promise<RoleAggregateRow[]> {
  const params: unknown[] = [municipalityId, filter.from, filter.to, filter.periodStarts];
  const { where, variant } = filterSql(filter, params);
  const { rows } = await db.query<RoleAggregateRow>({
    name: `dashboard-roles-${variant}`,
    text: `with grouped as (
       select
         case when grouping(p.i) = 0 then 'period' when grouping(a.user_id) = 0 then 'user' else 'area' end as dimension,
         p.i as period_index, a.user_id, a.area_id,
         sum(a.minutes) filter (where a.role = 'informing') as informing,
         sum(a.minutes) filter (where a.role = 'agenda_setting') as agenda_setting,
         sum(a.minutes) filter (where a.role = 'exploring') as exploring,
         sum(a.minutes) filter (where a.role = 'facilitating') as facilitating,
         sum(a.minutes) filter (where a.role = 'fixing') as fixing,
         count(*) filter (where a.suggested_role is not null)::int as suggested,
         count(*) filter (where a.suggested_role = a.role)::int as confirmed
       from activities a
       cross join lateral (select width_bucket(a.occurred_on, $4::date[]) as i) p
       where ${where}
       group by grouping sets ((p.i), (a.user_id), (a.area_id))
     )
     select g.*, u.name as user_name, ar.name as area_name
     from grouped g
     left join users u on u.id = g.user_id and u.municipality_id = $1
     left join areas ar on ar.id = g.area_id and ar.municipality_id = $1`,
    values: params,
  });
  return rows;
}

export interface SpentRow {
  area_id: string | null;
  user_id: string;
  /** 1-based indexes into the filter's periods, and the minutes spent in each. */
  period_indexes: number[];
  minutes: number[];
}

/** Minutes spent per area and connector, per period: one row per line, the periods as two arrays. */
export async function sumSpentMinutes(db: Db, municipalityId: string, filter: DashboardFilter): Promise<SpentRow[]> {
  const params: unknown[] = [municipalityId, filter.from, filter.to, filter.periodStarts];
  const { where, variant } = filterSql(filter, params);
  const { rows } = await db.query<SpentRow>({
    name: `dashboard-spent-${variant}`,
    text: `with spent as (
       select a.area_id, a.user_id, width_bucket(a.occurred_on, $4::date[]) as i, sum(a.minutes)::int as minutes
       from activities a where ${where}
       group by 1, 2, 3
     )
     select area_id, user_id, array_agg(i order by i) as period_indexes, array_agg(minutes order by i) as minutes
     from spent group by 1, 2`,
    values: params,
  });
  return rows;
}

export interface AssignmentRow {
  area_id: string;
  user_id: string;
  hours_per_week: number;
  /** The days of [from, to] on which this hours-per-week held. */
  first_day: string;
  last_day: string;
}

/** The periods of the hours history (connector_hours) that overlap [from, to], clipped to it. */
export async function listAssignments(db: Db, municipalityId: string, filter: Omit<DashboardFilter, 'periodStarts'>): Promise<AssignmentRow[]> {
  const params: unknown[] = [municipalityId, filter.from, filter.to];
  const where = ['h.municipality_id = $1', 'h.valid_from <= $3::date', '(h.valid_to is null or h.valid_to > $2::date)'];
  const variant = addPersonAndAreaFilters('h', filter, where, params);
  const { rows } = await db.query<AssignmentRow>({
    name: `dashboard-assignments-${variant}`,
    text: `select h.area_id, h.user_id, h.hours_per_week,
       greatest(h.valid_from, $2::date)::text as first_day, least(coalesce(h.valid_to - 1, $3::date), $3::date)::text as last_day
     from connector_hours h where ${where.join(' and ')}`,
    values: params,
  });
  return rows;
}

export interface LineNames {
  users: { id: string; name: string }[];
  areas: { id: string; name: string }[];
  currentHours: { area_id: string; user_id: string; hours_per_week: number | null }[];
}

/** The names and today's hours per week the hours overview shows next to its figures. */
export async function findLineNames(db: Db, municipalityId: string): Promise<LineNames> {
  const { rows } = await db.query<{ users: LineNames['users']; areas: LineNames['areas']; current_hours: LineNames['currentHours'] }>({
    name: 'dashboard-line-names',
    text: `select
       (select coalesce(json_agg(json_build_object('id', id, 'name', name)), '[]') from users where municipality_id = $1) as users,
       (select coalesce(json_agg(json_build_object('id', id, 'name', name)), '[]') from areas where municipality_id = $1) as areas,
       (select coalesce(json_agg(json_build_object('area_id', area_id, 'user_id', user_id, 'hours_per_week', hours_per_week)), '[]')
        from area_people where municipality_id = $1 and role = 'connector') as current_hours`,
    values: [municipalityId],
  });
  const row = rows[0];
  return { users: row?.users ?? [], areas: row?.areas ?? [], currentHours: row?.current_hours ?? [] };
}

/**
 * The municipality's dashboard version: bumped (by triggers, in the writing transaction) on every change to
 * the rows these dashboards read. 0 when nothing changed since the versions were introduced.
 */
export async function findDashboardVersion(db: Db, municipalityId: string): Promise<number> {
  const { rows } = await db.query<{ version: number }>({
    name: 'dashboard-version',
    text: 'select version from dashboard_versions where municipality_id = $1',
    values: [municipalityId],
  });
  return rows[0]?.version ?? 0;
}
