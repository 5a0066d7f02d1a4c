import { describe, expect, it } from 'vitest';
import { suggestRole } from '../../../shared/schemas/activity.js';
import { describePeriod, enumeratePeriods, isoWeek, periodStart, resolveRange, workingDays } from './periods.js';
import { fixerTrend, sharesOf } from './role-shares.js';

describe('calendar periods (ISO weeks, months, quarters)', () => {
  it('counts working days (Monday to Friday), both ends included, across weekends, months and years', () => {
    expect(workingDays('2020-12-28', '2021-01-03')).toBe(5);
    expect(workingDays('2021-01-02', '2021-01-03')).toBe(0);
    expect(workingDays('2021-01-03', '2021-01-04')).toBe(1);
    expect(workingDays('2021-01-06', '2021-01-06')).toBe(1);
    expect(workingDays('2021-01-07', '2021-01-06')).toBe(0);
    expect(workingDays('2020-12-01', '2020-12-31')).toBe(23);
    expect(workingDays('2021-01-06', '2021-01-31')).toBe(18);
    expect(workingDays('2024-01-01', '2024-12-31')).toBe(262);
    // Against counting day by day over four years of every start and end weekday.
    for (let first = 0; first < 7; first++) {
      for (let length = 0; length < 30; length++) {
        const start = new Date(Date.UTC(2023, 0, 2 + first));
        let expected = 0;
        for (let d = 0; d <= length; d++) expected += [0, 6].includes(new Date(start.getTime() + d * 86_400_000).getUTCDay()) ? 0 : 1;
        const iso = (offset: number) => new Date(start.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
        expect(workingDays(iso(0), iso(length))).toBe(expected);
      }
    }
  });

  it('numbers ISO weeks across the turn of the year, including week 53', () => {
    expect(isoWeek('2020-12-31')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2021-01-04')).toEqual({ year: 2021, week: 1 });
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2025-06-15')).toEqual({ year: 2025, week: 24 });
  });

  it('starts weeks on Monday, months on the first, quarters on their first month', () => {
    expect(periodStart('2021-01-03', 'week')).toBe('2020-12-28');
    expect(periodStart('2021-01-04', 'week')).toBe('2021-01-04');
    expect(periodStart('2024-02-29', 'month')).toBe('2024-02-01');
    expect(periodStart('2024-12-31', 'quarter')).toBe('2024-10-01');
    expect(describePeriod('2020-12-28', 'week')).toEqual({ key: '2020-W53', label: 'week 53 2020', start: '2020-12-28', end: '2021-01-03' });
    expect(describePeriod('2024-02-01', 'month')).toMatchObject({ key: '2024-02', label: 'februari 2024', end: '2024-02-29' });
    expect(describePeriod('2024-10-01', 'quarter')).toMatchObject({ key: '2024-Q4', label: '2024 K4', end: '2024-12-31' });
  });

  it('enumerates every period of a range, and widens a range to whole periods', () => {
    expect(enumeratePeriods('2020-12-30', '2021-01-05', 'week').map((p) => p.key)).toEqual(['2020-W53', '2021-W01']);
    expect(enumeratePeriods('2024-11-15', '2025-02-01', 'month').map((p) => p.key)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(enumeratePeriods('2024-11-15', '2025-02-01', 'quarter').map((p) => p.key)).toEqual(['2024-Q4', '2025-Q1']);
    expect(resolveRange({ from: '2020-12-31', to: '2021-01-05', granularity: 'week', today: '2026-01-01' })).toMatchObject({ from: '2020-12-28', to: '2021-01-10' });
    const defaults = resolveRange({ granularity: 'week', today: '2026-01-07' });
    expect(defaults.periods).toHaveLength(12);
    expect(defaults.periods.at(-1)?.key).toBe('2026-W02');
    expect(defaults.periods[0]?.key).toBe('2025-W43'); // 2025 has 52 ISO weeks
    expect(() => resolveRange({ from: '2026-02-01', to: '2026-01-01', granularity: 'week', today: '2026-01-01' })).toThrow(/begindatum/);
    expect(() => resolveRange({ from: '2000-01-01', to: '2026-01-01', granularity: 'week', today: '2026-01-01' })).toThrow(/kortere periode/);
  });
});

describe('role shares and the fixer trend', () => {
  it('computes shares of the logged time, and none when nothing was logged', () => {
    expect(sharesOf({ informing: 30, agenda_setting: 0, exploring: 0, facilitating: 0, fixing: 90 })).toMatchObject({ informing: 0.25, fixing: 0.75 });
    expect(sharesOf({ informing: 0, agenda_setting: 0, exploring: 0, facilitating: 0, fixing: 0 }).fixing).toBeNull();
  });

  it('fits a least-squares trend over the periods with time, skipping empty ones', () => {
    expect(fixerTrend([{ fixerShare: 0.6 }, { fixerShare: null }, { fixerShare: 0.4 }, { fixerShare: 0.3 }])).toEqual({
      direction: 'falling',
      slope: -10,
      firstShare: 0.6,
      lastShare: 0.3,
    });
    expect(fixerTrend([{ fixerShare: 0.2 }, { fixerShare: 0.2 }]).direction).toBe('flat');
    expect(fixerTrend([{ fixerShare: 0.1 }, { fixerShare: 0.3 }]).direction).toBe('rising');
    expect(fixerTrend([{ fixerShare: null }, { fixerShare: 0.5 }])).toEqual({ direction: 'unknown', slope: null, firstShare: 0.5, lastShare: 0.5 });
  });

  it('suggests a role from the kind of activity and the signal it is about', () => {
    expect(suggestRole({ kind: 'call' }).role).toBe('informing');
    expect(suggestRole({ kind: 'meeting' }).role).toBe('facilitating');
    expect(suggestRole({ kind: 'visit' }).role).toBe('exploring');
    expect(suggestRole({ kind: 'work' }).role).toBe('agenda_setting');
    expect(suggestRole({ kind: 'meeting', signalKind: 'individual_question' }).role).toBe('fixing');
    expect(suggestRole({ kind: 'call', signalKind: 'area_issue' }).role).toBe('agenda_setting');
  });
});
