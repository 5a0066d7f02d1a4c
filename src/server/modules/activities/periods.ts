import type { Granularity, Period } from '../../../shared/schemas/activity.js';
import { badRequest } from '../../platform/errors.js';

// Calendar arithmetic on ISO dates ('2025-01-06') in UTC, so no time zone or DST can shift a day.
// Weeks are ISO 8601 weeks: Monday to Sunday, week 1 holds the year's first Thursday, so a week can
// belong to another year than some of its days (2024-12-30 is in 2025-W01; 2021-01-03 in 2020-W53).

const DAY_MS = 86_400_000;
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);

export const addDays = (date: string, days: number) => toDate(toTime(date) + days * DAY_MS);

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string) => ((new Date(toTime(date)).getUTCDay() + 6) % 7) + 1;

/** The ISO week-numbering year and week of a date. */
export function isoWeek(date: string): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((toTime(thursday) - toTime(`${year}-01-01`)) / DAY_MS / 7) + 1;
  return { year, week };
}

/** The first day of the period that holds `date`. */
export function periodStart(date: string, granularity: Granularity): string {
  if (granularity === 'week') return addDays(date, 1 - isoWeekday(date));
  const month = Number(date.slice(5, 7));
  const first = granularity === 'month' ? month : month - ((month - 1) % 3);
  return `${date.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
}

function nextPeriodStart(start: string, granularity: Granularity): string {
  if (granularity === 'week') return addDays(start, 7);
  const step = granularity === 'month' ? 1 : 3;
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7)) - 1 + step;
  return `${year + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}

export function describePeriod(start: string, granularity: Granularity): Period {
  const end = addDays(nextPeriodStart(start, granularity), -1);
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7));
  if (granularity === 'week') {
    const { year: weekYear, week } = isoWeek(start);
    return { key: `${weekYear}-W${String(week).padStart(2, '0')}`, label: `week ${week} ${weekYear}`, start, end };
  }
  if (granularity === 'month') {
    return { key: start.slice(0, 7), label: `${MONTHS[month - 1]} ${year}`, start, end };
  }
  const quarter = Math.floor((month - 1) / 3) + 1;
  return { key: `${year}-Q${quarter}`, label: `${year} K${quarter}`, start, end };
}

/** Every period from the one holding `from` to the one holding `to`, in order. */
export function enumeratePeriods(from: string, to: string, granularity: Granularity): Period[] {
  const periods: Period[] = [];
  for (let start = periodStart(from, granularity); start <= to; start = nextPeriodStart(start, granularity)) {
    periods.push(describePeriod(start, granularity));
  }
  return periods;
}

const MAX_PERIODS = { week: 160, month: 60, quarter: 40 } as const;
const DEFAULT_PERIODS = { week: 12, month: 12, quarter: 8 } as const;

/**
 * The range a dashboard covers, widened to whole periods (a week that started on Monday counts whole,
 * with its whole budget). Without `from`: the last twelve weeks or months, or eight quarters.
 */
export function resolveRange(options: { from?: string; to?: string; granularity: Granularity; today: string }): {
  from: string;
  to: string;
  periods: Period[];
} {
  const to = options.to ?? options.today;
  let from = options.from;
  if (!from) {
    let start = periodStart(to, options.granularity);
    for (let i = 1; i < DEFAULT_PERIODS[options.granularity]; i++) start = periodStart(addDays(start, -1), options.granularity);
    from = start;
  }
  if (from > to) throw badRequest('invalid_range', 'De begindatum ligt na de einddatum.');
  const periods = enumeratePeriods(from, to, options.granularity);
  if (periods.length > MAX_PERIODS[options.granularity]) {
    throw badRequest('range_too_long', `Kies een kortere periode: hoogstens ${MAX_PERIODS[options.granularity]} perioden.`);
  }
  const first = periods[0] as Period;
  const last = periods[periods.length - 1] as Period;
  return { from: first.start, to: last.end, periods };
}

/** Today in the Netherlands, as an ISO date. */
const AMSTERDAM_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });
export const todayInAmsterdam = () => AMSTERDAM_DATE.format(new Date());

/** Days since 1970-01-01: integer arithmetic for code that compares many dates. */
export const dayNumber = (date: string) => Math.round(toTime(date) / DAY_MS);

// Mondays to Fridays before day number `day`, counted from Monday 1970-01-05 (day 4); earlier days never
// reach here (the budget is clipped to the dashboard's range).
const weekdaysBefore = (day: number) => 5 * Math.floor((day - 4) / 7) + Math.min((((day - 4) % 7) + 7) % 7, 5);

/** Working days (Monday to Friday) from day number `first` to `last`, both included; 0 when `last` is before `first`. */
export const workingDaysBetween = (first: number, last: number) => (last < first ? 0 : weekdaysBefore(last + 1) - weekdaysBefore(first));

/** Working days (Monday to Friday) from `first` to `last`, both included; 0 when `last` is before `first`. */
export const workingDays = (first: string, last: string) => workingDaysBetween(dayNumber(first), dayNumber(last));
