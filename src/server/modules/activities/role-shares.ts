import { ACTIVITY_ROLES, type ActivityRole, type RoleMinutes, type RoleShares, type Trend } from '../../../shared/schemas/activity.js';

export const emptyMinutes = (): RoleMinutes => ({ informing: 0, agenda_setting: 0, exploring: 0, facilitating: 0, fixing: 0 });

export const totalOf = (minutes: RoleMinutes) => ACTIVITY_ROLES.reduce((sum, role) => sum + minutes[role], 0);

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** Each role's share of the time (0–1, four decimals); null when no time was logged at all. */
export function sharesOf(minutes: RoleMinutes): RoleShares {
  const total = totalOf(minutes);
  const share = (role: ActivityRole) => (total === 0 ? null : round(minutes[role] / total, 4));
  return {
    informing: share('informing'),
    agenda_setting: share('agenda_setting'),
    exploring: share('exploring'),
    facilitating: share('facilitating'),
    fixing: share('fixing'),
  };
}

/** Minutes, total and shares in the shape every dashboard row has. */
export const breakdown = (minutes: RoleMinutes) => ({ totalMinutes: totalOf(minutes), minutes, shares: sharesOf(minutes) });

/** Below this change per period (in percentage points) the fixer share counts as steady. */
const FLAT_SLOPE = 0.5;

/**
 * The trend of the fixer share over the periods with logged time: the least-squares slope in percentage
 * points per period. Periods without any time are skipped (no data is not zero fixing).
 */
export function fixerTrend(periods: { fixerShare: number | null }[]): Trend {
  const points = periods.flatMap((period, index) => (period.fixerShare === null ? [] : [{ x: index, y: period.fixerShare * 100 }]));
  const firstShare = points[0] ? round(points[0].y / 100, 4) : null;
  const lastShare = points.length > 0 ? round((points[points.length - 1] as { y: number }).y / 100, 4) : null;
  if (points.length < 2) return { direction: 'unknown', slope: null, firstShare, lastShare };
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  const sxx = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  const sxy = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0);
  const slope = round(sxy / sxx, 2);
  const direction = Math.abs(slope) < FLAT_SLOPE ? 'flat' : slope > 0 ? 'rising' : 'falling';
  return { direction, slope, firstShare, lastShare };
}
