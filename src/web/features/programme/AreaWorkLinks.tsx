import { MEETING_KIND_LABELS } from '../../../shared/schemas/meeting.js';
import { Heading } from '../../components/Heading.js';
import { AppLink } from '../../components/Link.js';
import { Paragraph } from '../../components/Paragraph.js';
import { useActions, useMeetings } from '../meetings/api.js';
import { formatDate, formatDateTime } from './api.js';
import './programme.css';

/** On the area's work page: its next meetings and open agreements, and where programme and spreekuren are kept. */
export function AreaWorkLinks({ areaId, canPlan }: { areaId: string; canPlan: boolean }) {
  const meetings = useMeetings({ areaId });
  const actions = useActions({ areaId });
  const now = new Date().toISOString();
  const upcoming = (meetings.data ?? []).filter((m) => m.status === 'planned' && m.endsAt > now).reverse().slice(0, 3);
  const open = actions.data ?? [];
  return (
    <section aria-labelledby="wijkwerk">
      <Heading level={2} id="wijkwerk">
        Programma en bijeenkomsten
      </Heading>
      <ul className="programme-links">
        <li>
          <AppLink to={`/werk/gebieden/${areaId}/programma`}>Wijkprogramma (WOP)</AppLink>
        </li>
        {canPlan && (
          <li>
            <AppLink to={`/werk/gebieden/${areaId}/spreekuren`}>Spreekuren en inlooplogboek</AppLink>
          </li>
        )}
        {canPlan && (
          <li>
            <AppLink to={`/werk/bijeenkomsten/nieuw?gebied=${areaId}`}>Leefbaarheidsgesprek of overleg plannen</AppLink>
          </li>
        )}
        <li>
          <AppLink to="/werk/bijeenkomsten">Bijeenkomsten en afspraken</AppLink>
        </li>
        <li>
          <AppLink to="/werk/initiatieven">Bewonersinitiatieven</AppLink>
        </li>
        <li>
          <a className="utrecht-link utrecht-link--html-a" href={`/api/v1/calendars/areas/${areaId}/calendar.ics`} download="agenda.ics">
            Agenda van dit gebied (iCalendar)
          </a>
        </li>
      </ul>
      {upcoming.length > 0 && (
        <>
          <Heading level={3}>Komende bijeenkomsten</Heading>
          <ul className="utrecht-unordered-list">
            {upcoming.map((m) => (
              <li key={m.id} className="utrecht-unordered-list__item">
                <AppLink to={`/werk/bijeenkomsten/${m.id}`}>
                  {MEETING_KIND_LABELS[m.kind]}: {m.title}
                </AppLink>{' '}
                — {formatDateTime(m.startsAt)}
              </li>
            ))}
          </ul>
        </>
      )}
      <Heading level={3}>Openstaande afspraken</Heading>
      {open.length === 0 ? (
        <Paragraph>Geen openstaande afspraken.</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {open.slice(0, 8).map((a) => (
            <li key={a.id} className="utrecht-unordered-list__item">
              {a.text} ({a.owner?.name ?? a.ownerName}
              {a.dueOn ? `, vóór ${formatDate(a.dueOn)}` : ''}){a.isOverdue && <strong> — verlopen</strong>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
