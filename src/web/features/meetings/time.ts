// Times in the forms are Dutch wall-clock times, whatever the browser's own time zone is.

const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

function wallClockAsUtc(instant: number): number {
  const p = Object.fromEntries(parts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
}

/** "2026-03-26" + "19:30" in Amsterdam → an ISO instant ("2026-03-26T18:30:00.000Z"). */
export function amsterdamIso(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  let instant = asUtc - (wallClockAsUtc(asUtc) - asUtc);
  instant = asUtc - (wallClockAsUtc(instant) - instant);
  return new Date(instant).toISOString();
}

/** Today's date in Amsterdam, as YYYY-MM-DD. */
export const amsterdamToday = () => new Date(wallClockAsUtc(Date.now())).toISOString().slice(0, 10);
