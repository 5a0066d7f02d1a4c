import { ACTIVITY_ROLES, type DashboardQuery, type HoursOverview, type HoursQuery, type RoleDashboard, type RoleMinutes } from '../../../shared/schemas/activity.js';
import type { Scope } from '../../platform/db/scope.js';
import type { DashboardCache } from './dashboard-cache.js';
import { aggregateRoles, findDashboardVersion, findLineNames, listAssignments, type RoleSums, sumSpentMinutes } from './dashboard.repo.js';
import { dayNumber, resolveRange, todayInAmsterdam, workingDaysBetween } from './periods.js';
import { breakdown, emptyMinutes, fixerTrend } from './role-shares.js';

// One collator for every comparison: localeCompare(…, 'nl') builds a new one each call (slow in V8).
const dutch = new Intl.Collator('nl');
const byDutchName = (a: string, b: string) => dutch.compare(a, b);

const toMinutes = (sums: RoleSums): RoleMinutes => {
  const minutes = emptyMinutes();
  for (const role of ACTIVITY_ROLES) minutes[role] = sums[role] ?? 0;
  return minutes;
};

/**
 * Role fulfilment: the share of time per role in each period, per connector and per area, and the trend
 * of the fixer share. Periods without logged time stay in the series (as empty), so gaps show.
 */
export async function getRoleDashboard(scope: Scope & { query: DashboardQuery; today?: string }): Promise<RoleDashboard> {
  const { query } = scope;
  const range = resolveRange({ ...query, today: scope.today ?? todayInAmsterdam() });
  const rows = await aggregateRoles(scope.db, scope.municipalityId, {
    ...query,
    from: range.from,
    to: range.to,
    periodStarts: range.periods.map((period) => period.start),
  });

  const byPeriod = new Map<number, RoleMinutes>();
  const byConnector: RoleDashboard['byConnector'] = [];
  const byArea: RoleDashboard['byArea'] = [];
  const suggestions = { total: 0, confirmed: 0 };
  for (const row of rows) {
    if (row.dimension === 'period') {
      byPeriod.set(row.period_index as number, toMinutes(row));
      suggestions.total += row.suggested;
      suggestions.confirmed += row.confirmed;
    } else if (row.dimension === 'user') {
      byConnector.push({ userId: row.user_id as string, name: row.user_name ?? '', ...breakdown(toMinutes(row)) });
    } else {
      byArea.push({ areaId: row.area_id, name: row.area_id === null ? 'Zonder gebied' : (row.area_name ?? ''), ...breakdown(toMinutes(row)) });
    }
  }

  const totals = emptyMinutes();
  const periods = range.periods.map((period, i) => {
    const minutes = byPeriod.get(i + 1) ?? emptyMinutes();
    for (const role of ACTIVITY_ROLES) totals[role] += minutes[role];
    return { ...period, ...breakdown(minutes) };
  });
  return {
    from: range.from,
    to: range.to,
    granularity: query.granularity,
    periods,
    totals: breakdown(totals),
    fixerTrend: fixerTrend(periods.map((period) => ({ fixerShare: period.shares.fixing }))),
    byConnector: byConnector.sort((a, b) => byDutchName(a.name, b.name)),
    byArea: byArea.sort((a, b) => Number(a.areaId === null) - Number(b.areaId === null) || byDutchName(a.name, b.name)),
    suggestions,
  };
}

const roundHours = (hours: number) => Math.round(hours * 100) / 100;

/**
 * Adds an assignment's budget to each period, in hundredths of an hour: exact, since hours per week have one
 * decimal and a working day gets a fifth of them. `days` holds each period's first and last day number.
 */
function addBudget(days: { first: number; last: number }[], assignment: { hours_per_week: number; first_day: string; last_day: string }, into: number[]) {
  const tenthsPerWeek = Math.round(Number(assignment.hours_per_week) * 10);
  const first = dayNumber(assignment.first_day);
  const last = dayNumber(assignment.last_day);
  days.forEach((period, i) => {
    const overlap = workingDaysBetween(Math.max(period.first, first), Math.min(period.last, last));
    // tenths per week ÷ 5 days × 10 = hundredths per day.
    if (overlap > 0) into[i] = (into[i] ?? 0) + 2 * tenthsPerWeek * overlap;
  });
}

/** Hours spent against the budget (hours per week for the role), per period, per area and connector. */
export async function getHoursOverview(scope: Scope & { query: HoursQuery; today?: string }): Promise<HoursOverview> {
  const { query, db, municipalityId } = scope;
  const range = resolveRange({ ...query, today: scope.today ?? todayInAmsterdam() });
  const filter = { ...query, from: range.from, to: range.to, periodStarts: range.periods.map((period) => period.start) };
  const spentRows = await sumSpentMinutes(db, municipalityId, filter);
  const assignments = await listAssignments(db, municipalityId, filter);
  const names = await findLineNames(db, municipalityId);

  // A line per area and connector with spent time or an hours budget in the range (time without an area has no budget).
  type Line = { areaId: string | null; userId: string; minutes: number[]; budget: number[] };
  const lines = new Map<string, Line>();
  const lineOf = (areaId: string | null, userId: string) => {
    const key = `${areaId ?? ''}/${userId}`;
    let line = lines.get(key);
    if (!line) {
      line = { areaId, userId, minutes: [], budget: [] };
      lines.set(key, line);
    }
    return line;
  };
  for (const row of spentRows) {
    const line = lineOf(row.area_id, row.user_id);
    row.period_indexes.forEach((index, i) => {
      line.minutes[index - 1] = row.minutes[i] as number;
    });
  }
  const days = range.periods.map((period) => ({ first: dayNumber(period.start), last: dayNumber(period.end) }));
  for (const assignment of assignments) addBudget(days, assignment, lineOf(assignment.area_id, assignment.user_id).budget);

  const userNames = new Map(names.users.map((user) => [user.id, user.name]));
  const areaNames = new Map(names.areas.map((area) => [area.id, area.name]));
  const currentHours = new Map(names.currentHours.map((row) => [`${row.area_id}/${row.user_id}`, row.hours_per_week]));
  const result = [...lines.values()].map((line) => {
    const hoursPerWeek = line.areaId === null ? undefined : currentHours.get(`${line.areaId}/${line.userId}`);
    const spentMinutes = line.minutes.reduce((sum, m) => sum + (m ?? 0), 0);
    const budgetHundredths = line.budget.reduce((sum, b) => sum + (b ?? 0), 0);
    return {
      areaId: line.areaId,
      areaName: line.areaId ? (areaNames.get(line.areaId) ?? '') : 'Zonder gebied',
      userId: line.userId,
      userName: userNames.get(line.userId) ?? '',
      hoursPerWeek: hoursPerWeek === undefined || hoursPerWeek === null ? null : Number(hoursPerWeek),
      budgetHours: budgetHundredths / 100,
      spentHours: roundHours(spentMinutes / 60),
      perPeriod: range.periods.map((period, i) => ({
        key: period.key,
        budgetHours: (line.budget[i] ?? 0) / 100,
        spentHours: roundHours((line.minutes[i] ?? 0) / 60),
      })),
    };
  });
  result.sort((a, b) => byDutchName(a.areaName, b.areaName) || byDutchName(a.userName, b.userName));
  return { from: range.from, to: range.to, granularity: query.granularity, periods: range.periods, lines: result };
}

/**
 * The answer under `key` from the cache while the municipality's dashboard version is unchanged, else computed
 * and stored. The version is read in the same transaction before computing, and again after: each statement
 * sees the commits of its own moment, so an answer is stored only when no write landed in between — it is
 * then exactly the answer of that version. Every write bumps the version in its own transaction, so the next
 * request after a write (in any server process) computes again.
 */
async function cachedAnswer(scope: Scope & { cache: DashboardCache; key: string; compute: () => Promise<string> }): Promise<string> {
  const { db, municipalityId, cache, compute } = scope;
  if (!cache.isEnabled) return compute();
  const key = `${municipalityId}|${scope.key}`;
  const version = await findDashboardVersion(db, municipalityId);
  const stored = cache.get(key, version);
  if (stored !== undefined) return stored;
  const json = await compute();
  if ((await findDashboardVersion(db, municipalityId)) === version) cache.set(key, version, json);
  return json;
}

/**
 * What an answer depends on besides the data: the range as resolved from today, the granularity and the
 * filters. Every reader of the dashboards sees the same figures (no per-role filtering), so not who asks.
 */
function answerKey(dashboard: 'roles' | 'hours', query: DashboardQuery | HoursQuery, today: string): string {
  const { from, to } = resolveRange({ ...query, today });
  return [dashboard, query.granularity, from, to, query.userId ?? '', query.areaId ?? ''].join('|');
}

/** The role dashboard as JSON text, from the process's answer cache while the municipality's data is unchanged. */
export async function getRoleDashboardJson(scope: Scope & { query: DashboardQuery; cache: DashboardCache; today?: string }): Promise<string> {
  const today = scope.today ?? todayInAmsterdam();
  return cachedAnswer({
    ...scope,
    key: answerKey('roles', scope.query, today),
    compute: async () => JSON.stringify(await getRoleDashboard({ ...scope, today })),
  });
}

/** The hours overview as JSON text, from the process's answer cache while the municipality's data is unchanged. */
export async function getHoursOverviewJson(scope: Scope & { query: HoursQuery; cache: DashboardCache; today?: string }): Promise<string> {
  const today = scope.today ?? todayInAmsterdam();
  return cachedAnswer({
    ...scope,
    key: answerKey('hours', scope.query, today),
    compute: async () => JSON.stringify(await getHoursOverview({ ...scope, today })),
  });
}
