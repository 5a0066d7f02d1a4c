import { describe, expect, it } from 'vitest';
import { amsterdamDate, amsterdamToInstant, firstDate, nextOccurrences } from './occurrences.js';

describe('office-hour occurrences in Europe/Amsterdam', () => {
  it('turns local times into instants on both sides of daylight saving time', () => {
    expect(amsterdamToInstant('2026-03-24', '14:00').toISOString()).toBe('2026-03-24T13:00:00.000Z');
    expect(amsterdamToInstant('2026-03-31', '14:00').toISOString()).toBe('2026-03-31T12:00:00.000Z');
    expect(amsterdamToInstant('2026-10-27', '09:30').toISOString()).toBe('2026-10-27T08:30:00.000Z');
    // The night of the change itself.
    expect(amsterdamToInstant('2026-03-29', '03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(amsterdamToInstant('2026-10-25', '01:30').toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(amsterdamDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });

  it('keeps a fortnightly Tuesday at 14:00 local across the change, and respects the end date', () => {
    const schedule = { weekday: 2, startTime: '14:00', endTime: '16:00', intervalWeeks: 2, startsOn: '2026-03-01', endsOn: '2026-04-30' };
    expect(firstDate(schedule)).toBe('2026-03-03');
    const occurrences = nextOccurrences(schedule, { from: new Date('2026-03-01T00:00:00Z'), limit: 10 });
    expect(occurrences.map((o) => o.startsAt.toISOString())).toEqual([
      '2026-03-03T13:00:00.000Z',
      '2026-03-17T13:00:00.000Z',
      '2026-03-31T12:00:00.000Z',
      '2026-04-14T12:00:00.000Z',
      '2026-04-28T12:00:00.000Z',
    ]);
    expect(occurrences[0]?.endsAt.toISOString()).toBe('2026-03-03T15:00:00.000Z');
  });

  it('skips what has ended and jumps over years of past weeks', () => {
    const schedule = { weekday: 4, startTime: '10:00', endTime: '12:00', intervalWeeks: 1, startsOn: '2020-01-01', endsOn: null };
    const [next] = nextOccurrences(schedule, { from: new Date('2026-11-26T10:30:00Z'), limit: 1 });
    // Thursday 26 November 2026, 10:00–12:00 CET, still running at 11:30 local.
    expect(next?.startsAt.toISOString()).toBe('2026-11-26T09:00:00.000Z');
    const later = nextOccurrences(schedule, { from: new Date('2026-11-26T11:00:01Z'), limit: 2 });
    expect(later.map((o) => amsterdamDate(o.startsAt))).toEqual(['2026-12-03', '2026-12-10']);
  });
});
