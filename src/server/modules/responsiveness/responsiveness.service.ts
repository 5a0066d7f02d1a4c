import type { Responsiveness, ResponsivenessFigures, ResponsivenessQuery } from '../../../shared/schemas/activity.js';
import { hasRole } from '../../platform/auth/access.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { Scope } from '../../platform/db/scope.js';
import { badRequest } from '../../platform/errors.js';
import { addDays, periodStart, todayInAmsterdam } from '../activities/periods.js';
import { aggregateReferrals, type ResponsivenessRow } from './responsiveness.repo.js';

// One collator for every comparison: localeCompare(…, 'nl') builds a new one each call (slow in V8).
const dutch = new Intl.Collator('nl');
const byDutchName = (a: string, b: string) => dutch.compare(a, b);

const round1 = (value: number | null) => (value === null ? null : Math.round(Number(value) * 10) / 10);

function figures(row: ResponsivenessRow): ResponsivenessFigures {
  return {
    count: row.count,
    answered: row.answered,
    open: row.open,
    overdue: row.overdue,
    overdueShare: row.count === 0 ? null : Math.round((row.overdue / row.count) * 10_000) / 10_000,
    medianHoursToAcknowledge: round1(row.median_hours_to_acknowledge),
    medianHoursToAnswer: round1(row.median_hours_to_answer),
  };
}

/** Per specialist the figures are about one colleague's work: only the coordinator and administrators see them. */
export const seesSpecialists = (user: SessionUser) => hasRole(user, 'coordinator', 'administrator');

/**
 * How departments answer the connectors' referrals: count, median time to acknowledge and to answer,
 * share overdue, and the trend per quarter. Default: from the start of the quarter a year ago until today.
 */
export async function getResponsiveness(scope: Scope & { user: SessionUser; query: ResponsivenessQuery; today?: string }): Promise<Responsiveness> {
  const today = scope.today ?? todayInAmsterdam();
  const to = scope.query.to ?? today;
  const from = scope.query.from ?? periodStart(addDays(periodStart(to, 'quarter'), -270), 'quarter');
  if (from > to) throw badRequest('invalid_range', 'De begindatum ligt na de einddatum.');
  const rows = await aggregateReferrals(scope.db, scope.municipalityId, { from, to, today });
  const byName = (a: { department: string }, b: { department: string }) => byDutchName(a.department, b.department);
  return {
    from,
    to,
    departments: rows.filter((row) => row.dimension === 'department').map((row) => ({ department: row.department, ...figures(row) })).sort(byName),
    specialists: seesSpecialists(scope.user)
      ? rows
          .filter((row) => row.dimension === 'specialist')
          .map((row) => ({ specialistId: row.specialist_id as string, name: row.specialist_name ?? '', department: row.department, ...figures(row) }))
          .sort((a, b) => byName(a, b) || byDutchName(a.name, b.name))
      : null,
    quarters: rows
      .filter((row) => row.dimension === 'quarter')
      .map((row) => ({ quarter: row.quarter as string, department: row.department, ...figures(row) }))
      .sort((a, b) => a.quarter.localeCompare(b.quarter) || byName(a, b)),
  };
}
