import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventRepeatingFreq, ICalEventStatus, ICalWeekday } from 'ical-generator';
import { DateTime } from 'luxon';
import { MEETING_KIND_LABELS } from '../../../shared/schemas/meeting.js';
import { THEMES, type Theme } from '../../../shared/schemas/signal-vocabulary.js';
import type { MeetingRow } from '../meetings/meetings.repo.js';
import { amsterdamToInstant, firstDate, TIME_ZONE } from '../meetings/occurrences.js';
import type { ScheduleRow } from '../meetings/office-hours.repo.js';

const WEEKDAYS = [ICalWeekday.MO, ICalWeekday.TU, ICalWeekday.WE, ICalWeekday.TH, ICalWeekday.FR, ICalWeekday.SA, ICalWeekday.SU];
const local = (instant: Date) => DateTime.fromJSDate(instant, { zone: TIME_ZONE });
const themeList = (themes: string[]) => themes.map((theme) => THEMES[theme as Theme]?.label ?? theme).join(', ');

/**
 * An iCalendar (RFC 5545) feed of spreekuren and meetings. Times carry TZID=Europe/Amsterdam with a
 * VTIMEZONE, so a weekly spreekuur stays at 14:00 local across the change to and from summer time;
 * DTSTAMP and UNTIL are UTC as the standard asks.
 */
export function buildIcalFeed(options: {
  name: string;
  description: string;
  schedules: ScheduleRow[];
  meetings: MeetingRow[];
  /** Public feeds never show internal notes, agendas or minutes. */
  isPublic: boolean;
  publicUrl: string;
  host: string;
}): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    prodId: { company: 'Schakel', product: 'Schakel wijkgericht werken', language: 'NL' },
    timezone: { name: null, generator: getVtimezoneComponent },
    ttl: 60 * 60,
  });
  for (const schedule of options.schedules) {
    const date = firstDate({ weekday: schedule.weekday, startsOn: schedule.starts_on });
    if (schedule.ends_on && date > schedule.ends_on) continue;
    const place = [schedule.location, schedule.address].filter(Boolean).join(', ');
    calendar.createEvent({
      id: `spreekuur-${schedule.id}@${options.host}`,
      stamp: schedule.updated_at,
      start: local(amsterdamToInstant(date, schedule.start_time)),
      end: local(amsterdamToInstant(date, schedule.end_time)),
      timezone: TIME_ZONE,
      summary: `${schedule.title} (${schedule.area_name})`,
      location: place,
      description: [
        schedule.themes.length > 0 ? `Thema’s: ${themeList(schedule.themes)}` : 'Spreekuur voor alle vragen over de wijk.',
        options.isPublic ? '' : schedule.notes,
      ]
        .filter(Boolean)
        .join('\n'),
      url: `${options.publicUrl}/gebied/${schedule.area_id}`,
      repeating: {
        freq: ICalEventRepeatingFreq.WEEKLY,
        interval: schedule.interval_weeks,
        byDay: [WEEKDAYS[schedule.weekday - 1] as ICalWeekday],
        ...(schedule.ends_on ? { until: amsterdamToInstant(schedule.ends_on, '23:59') } : {}),
      },
    });
  }
  for (const meeting of options.meetings) {
    const agenda = meeting.agenda.map((section) => `- ${section.title}`).join('\n');
    calendar.createEvent({
      id: `bijeenkomst-${meeting.id}@${options.host}`,
      stamp: new Date(),
      start: local(meeting.starts_at),
      end: local(meeting.ends_at),
      timezone: TIME_ZONE,
      summary: `${MEETING_KIND_LABELS[meeting.kind]}: ${meeting.title}`,
      location: meeting.location,
      description: options.isPublic ? meeting.public_summary : [meeting.area_name, agenda ? `Agenda:\n${agenda}` : ''].filter(Boolean).join('\n\n'),
      status: meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      url: options.isPublic ? `${options.publicUrl}/gebied/${meeting.area_id}` : `${options.publicUrl}/werk/bijeenkomsten/${meeting.id}`,
    });
  }
  return calendar.toString();
}
