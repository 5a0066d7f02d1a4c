import type { DashboardQuery, HoursOverview, HoursQuery, RoleDashboard, RoleMinutes } from '../../../shared/schemas/activity.js';
import type { Scope } from '../../platform/db/scope.js';
import { aggregateRoles, type HoursRow, sumHours } from './dashboard.repo.js';
import { resolveRange, todayInAmsterdam } from './periods.js';
import { breakdown, emptyMinutes, fixerTrend } from './role-shares.js';

// One collator for every comparison: localeCompare(…, 'nl') builds a new one each call (slow in V8).
const dutch = new Intl.Collator('nl');
const byDutchName = (a: string, b: string) => dutch.compare(a, b);

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
      .sort((a, b) => byDutchName(a.name, b.name)),
    byArea: [...byArea.values()]
      .map((entry) => ({ areaId: entry.id, name: entry.name, ...breakdown(entry.minutes) }))
      .sort((a, b) => Number(a.areaId === null) - Number(b.areaId === null) || byDutchName(a.name, b.name)),
    suggestions,
  };
}

const roundHours = (hours: number) => Math.round(hours * 100) / 100;

/** Hours spent against the budget (hours per week for the role), per period, per area and connector. */
export async function getHoursOverview(scope: Scope & { query: HoursQuery; today?: string }): Promise<HoursOverview> {
  const { query } = scope;
  const range = resolveRange({ ...query, today: scope.today ?? todayInAmsterdam() });
  const rows = await sumHours(scope.db, scope.municipalityId, { ...query, from: range.from, to: range.to, periods: range.periods });

  type Line = { row: HoursRow; spent: Map<string, number>; budget: Map<string, number> };
  const lines = new Map<string, Line>();
  for (const row of rows) {
    const key = `${row.area_id ?? ''}/${row.user_id}`;
    const line = lines.get(key) ?? { row, spent: new Map(), budget: new Map() };
    line.spent.set(row.period_start, Number(row.spent));
    line.budget.set(row.period_start, Number(row.budget));
    lines.set(key, line);
  }
  const result = [...lines.values()].map(({ row, spent, budget }) => ({
    areaId: row.area_id,
    areaName: row.area_id ? (row.area_name ?? '') : 'Zonder gebied',
    userId: row.user_id,
    userName: row.user_name ?? '',
    hoursPerWeek: row.current_hours === null ? null : Number(row.current_hours),
    budgetHours: roundHours([...budget.values()].reduce((sum, h) => sum + h, 0)),
    spentHours: roundHours([...spent.values()].reduce((sum, h) => sum + h, 0)),
    perPeriod: range.periods.map((period) => ({
      key: period.key,
      budgetHours: roundHours(budget.get(period.start) ?? 0),
      spentHours: roundHours(spent.get(period.start) ?? 0),
    })),
  }));
  result.sort((a, b) => byDutchName(a.areaName, b.areaName) || byDutchName(a.userName, b.userName));
  return { from: range.from, to: range.to, granularity: query.granularity, periods: range.periods, lines: result };
}
