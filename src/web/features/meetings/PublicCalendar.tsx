import '../programme/programme.css';
import { MEETING_KIND_LABELS } from '../../../shared/schemas/meeting.js';
import { THEMES, type Theme } from '../../../shared/schemas/signal-vocabulary.js';
import { Heading } from '../../components/Heading.js';
import { ExternalLink } from '../../components/Link.js';
import { Paragraph } from '../../components/Paragraph.js';
import { formatDateTime, formatTime } from '../programme/api.js';
import { usePublicCalendar } from './api.js';

/** The next spreekuren and the next leefbaarheidsgesprek of an area, with its calendar to subscribe to. */
export function PublicCalendar({ areaId, areaName }: { areaId: string; areaName: string }) {
  const query = usePublicCalendar(areaId);
  const calendar = query.data;
  if (!calendar) return null;
  const upcoming = calendar.meetings.filter((m) => m.status === 'planned' && m.kind !== 'leefbaarheidsgesprek');
  const held = calendar.meetings.filter((m) => m.status === 'held' && m.publicSummary);
  return (
    <section aria-labelledby="spreekuren">
      <Heading level={2} id="spreekuren">
        Spreekuren en bijeenkomsten
      </Heading>
      {calendar.officeHours.length === 0 ? (
        <Paragraph>Er zijn nu geen spreekuren gepland in {areaName}.</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {calendar.officeHours.map((hour) => (
            <li key={hour.startsAt + hour.title} className="utrecht-unordered-list__item">
              <strong>{hour.title}</strong>: {formatDateTime(hour.startsAt)}–{formatTime(hour.endsAt)}, {hour.location}
              {hour.address && ` (${hour.address})`}
              {hour.themes.length > 0 && `. Thema’s: ${hour.themes.map((t) => THEMES[t as Theme]?.label ?? t).join(', ')}`}
            </li>
          ))}
        </ul>
      )}
      <Heading level={3}>Volgende leefbaarheidsgesprek</Heading>
      {calendar.nextConversation ? (
        <Paragraph>
          {calendar.nextConversation.title}: {formatDateTime(calendar.nextConversation.startsAt)}
          {calendar.nextConversation.location && `, ${calendar.nextConversation.location}`}. Iedereen uit de wijk is welkom.
        </Paragraph>
      ) : (
        <Paragraph>Het volgende leefbaarheidsgesprek is nog niet gepland.</Paragraph>
      )}
      {upcoming.length > 0 && (
        <ul className="utrecht-unordered-list">
          {upcoming.map((m) => (
            <li key={m.startsAt + m.title} className="utrecht-unordered-list__item">
              {MEETING_KIND_LABELS[m.kind]}: {m.title}, {formatDateTime(m.startsAt)}
              {m.location && `, ${m.location}`}
            </li>
          ))}
        </ul>
      )}
      {held.length > 0 && (
        <>
          <Heading level={3}>Eerdere bijeenkomsten</Heading>
          <ul className="utrecht-unordered-list">
            {held.map((m) => (
              <li key={m.startsAt + m.title} className="utrecht-unordered-list__item">
                {m.title} ({formatDateTime(m.startsAt)}): {m.publicSummary}
              </li>
            ))}
          </ul>
        </>
      )}
      <Paragraph>
        <ExternalLink href={calendar.calendarUrl}>Zet de spreekuren van {areaName} in uw eigen agenda (iCalendar)</ExternalLink>
      </Paragraph>
    </section>
  );
}
