import type { DashboardQuery, HoursOverview, HoursQuery, RoleDashboard, RoleMinutes } from '../../../shared/schemas/activity.js';
import type { Scope } from '../../platform/db/scope.js';
import { aggregateRoles, findCurrentHours, findNames, sumBudgetHours, sumSpentHours } from './dashboard.repo.js';
import { resolveRange, todayInAmsterdam } from './periods.js';
import { breakdown, emptyMinutes, fixerTrend } from './role-shares.js';

/**
 * Role fulfilment: the share of time per role in each period, per connector and per area, and the trend
 * of the fixer share. Periods without logged time stay in the series (as empty), so gaps show.
 */
export async function getRoleDashboard(scope: Scope & { query: DashboardQuery; today?: string }): Promise<RoleDashboard> {
  const { query } = scope;
  const range = resolveRange({ ...query, today: scope.today ?? todayInAmsterdam() });
  const rows = await aggregateRoles(scope.db, scope.municipalityId, { ...query, from: range.from, to: range.to });

  const byPeriod = new Map<string, RoleMinutes>();
  const byUser = new Map<string, { name: string; minutes: RoleMinutes }>();
  const byArea = new Map<string, { id: string | null; name: string; minutes: RoleMinutes }>();
  const totals = emptyMinutes();
  const suggestions = { total: 0, confirmed: 0 };
  for (const row of rows) {
    const minutes = Number(row.minutes);
    if (row.dimension === 'period') {
      const entry = byPeriod.get(row.period_start as string) ?? emptyMinutes();
      entry[row.role] += minutes;
      byPeriod.set(row.period_start as string, entry);
      totals[row.role] += minutes;
      suggestions.total += row.suggested;
      suggestions.confirmed += row.confirmed;
    } else if (row.dimension === 'user') {
      const entry = byUser.get(row.user_id as string) ?? { name: row.user_name ?? '', minutes: emptyMinutes() };
      entry.minutes[row.role] += minutes;
      byUser.set(row.user_id as string, entry);
    } else {
      const key = row.area_id ?? 'none';
      const entry = byArea.get(key) ?? { id: row.area_id, name: row.area_name ?? 'Zonder gebied', minutes: emptyMinutes() };
      entry.minutes[row.role] += minutes;
      byArea.set(key, entry);
    }
  }

  const periods = range.periods.map((period) => ({ ...period, ...breakdown(byPeriod.get(period.start) ?? emptyMinutes()) }));
  return {
    from: range.from,
    to: range.to,
    granularity: query.granularity,
    periods,
    totals: breakdown(totals),
    fixerTrend: fixerTrend(periods.map((period) => ({ fixerShare: period.shares.fixing }))),
    byConnector: [...byUser.entries()]
      .map(([userId, entry]) => ({ userId, name: entry.name, ...breakdown(entry.minutes) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    byArea: [...byArea.values()]
      .map((entry) => ({ areaId: entry.id, name: entry.name, ...breakdown(entry.minutes) }))
      .sort((a, b) => Number(a.areaId === null) - Number(b.areaId === null) || a.name.localeCompare(b.name, 'nl')),
    suggestions,
  };
}

const roundHours = (hours: number) => Math.round(hours * 100) / 100;

/** Hours spent against the budget (hours per week for the role), per period, per area and connector. */
export async function getHoursOverview(scope: Scope & { query: HoursQuery; today?: string }): Promise<HoursOverview> {
  const { query } = scope;
  const range = resolveRange({ ...query, today: scope.today ?? todayInAmsterdam() });
  const filter = { ...query, from: range.from, to: range.to };
  // One connection runs one query at a time: in sequence, not Promise.all.
  const spent = await sumSpentHours(scope.db, scope.municipalityId, filter);
  const budget = await sumBudgetHours(scope.db, scope.municipalityId, filter);
  const current = await findCurrentHours(scope.db, scope.municipalityId);

  const lines = new Map<string, { areaId: string | null; userId: string; spent: Map<string, number>; budget: Map<string, number> }>();
  const lineOf = (row: { area_id: string | null; user_id: string }) => {
    const key = `${row.area_id ?? ''}/${row.user_id}`;
    let line = lines.get(key);
    if (!line) {
      line = { areaId: row.area_id, userId: row.user_id, spent: new Map(), budget: new Map() };
      lines.set(key, line);
    }
    return line;
  };
  for (const row of spent) lineOf(row).spent.set(row.period_start, Number(row.hours));
  for (const row of budget) lineOf(row).budget.set(row.period_start, Number(row.hours));

  const values = [...lines.values()];
  const names = await findNames(
    scope.db,
    scope.municipalityId,
    [...new Set(values.map((line) => line.userId))],
    [...new Set(values.flatMap((line) => (line.areaId ? [line.areaId] : [])))],
  );
  const result = values.map((line) => {
    const perPeriod = range.periods.map((period) => ({
      key: period.key,
      budgetHours: roundHours(line.budget.get(period.start) ?? 0),
      spentHours: roundHours(line.spent.get(period.start) ?? 0),
    }));
    return {
      areaId: line.areaId,
      areaName: line.areaId ? (names.areas.get(line.areaId) ?? '') : 'Zonder gebied',
      userId: line.userId,
      userName: names.users.get(line.userId) ?? '',
      hoursPerWeek: line.areaId ? (current.get(`${line.areaId}/${line.userId}`) ?? null) : null,
      budgetHours: roundHours([...line.budget.values()].reduce((sum, h) => sum + h, 0)),
      spentHours: roundHours([...line.spent.values()].reduce((sum, h) => sum + h, 0)),
      perPeriod,
    };
  });
  result.sort((a, b) => a.areaName.localeCompare(b.areaName, 'nl') || a.userName.localeCompare(b.userName, 'nl'));
  return { from: range.from, to: range.to, granularity: query.granularity, periods: range.periods, lines: result };
}
