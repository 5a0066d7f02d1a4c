// Office hours repeat on local wall-clock time in the Netherlands: "every other Tuesday 14:00–16:00" stays
// 14:00 across the change to and from daylight saving time. These helpers turn that into instants.

export const TIME_ZONE = 'Europe/Amsterdam';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock time in Amsterdam at `instant`, read as if it were UTC (to compute the offset). */
function wallClockAsUtc(instant: number): number {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
}

/** The instant of a local date and time in Amsterdam ("2026-03-31", "14:00" → 12:00Z in summer time). */
export function amsterdamToInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  let instant = asUtc - (wallClockAsUtc(asUtc) - asUtc);
  // Near a change of offset the first guess can be an hour off: correct with the offset at the result.
  instant = asUtc - (wallClockAsUtc(instant) - instant);
  return new Date(instant);
}

/** The local date in Amsterdam of an instant, as YYYY-MM-DD. */
export function amsterdamDate(instant: Date): string {
  return new Date(wallClockAsUtc(instant.getTime())).toISOString().slice(0, 10);
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

export interface RecurringSchedule {
  weekday: number;
  startTime: string;
  endTime: string;
  intervalWeeks: number;
  startsOn: string;
  endsOn: string | null;
}

/** The first local date of the schedule: its start date, moved forward to the right weekday. */
export function firstDate(schedule: Pick<RecurringSchedule, 'weekday' | 'startsOn'>): string {
  return addDays(schedule.startsOn, (schedule.weekday - isoWeekday(schedule.startsOn) + 7) % 7);
}

/** Occurrences that have not ended at `from`, up to `limit` of them (and not past `until`). */
export function nextOccurrences(schedule: RecurringSchedule, options: { from: Date; limit: number; until?: Date }): { startsAt: Date; endsAt: Date }[] {
  const result: { startsAt: Date; endsAt: Date }[] = [];
  const step = schedule.intervalWeeks * 7;
  let date = firstDate(schedule);
  // Jump close to `from` instead of walking years of past weeks.
  const fromDate = amsterdamDate(options.from);
  if (date < fromDate) {
    const days = Math.round((Date.parse(`${fromDate}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
    date = addDays(date, Math.max(0, Math.floor(days / step) - 1) * step);
  }
  for (let guard = 0; guard < 1000 && result.length < options.limit; guard++, date = addDays(date, step)) {
    if (schedule.endsOn && date > schedule.endsOn) break;
    const startsAt = amsterdamToInstant(date, schedule.startTime);
    const endsAt = amsterdamToInstant(date, schedule.endTime);
    if (options.until && startsAt > options.until) break;
    if (endsAt > options.from) result.push({ startsAt, endsAt });
  }
  return result;
}
