import { Heading } from '../../components/Heading.js';
import { AppLink } from '../../components/Link.js';
import './programme.css';

/** On the area's work page: where its programme, meetings, spreekuren and initiatives are kept. */
export function AreaWorkLinks({ areaId, canPlan }: { areaId: string; canPlan: boolean }) {
  return (
    <section aria-labelledby="wijkwerk">
      <Heading level={2} id="wijkwerk">
        Programma en bijeenkomsten
      </Heading>
      <ul className="programme-links">
        <li>
          <AppLink to={`/werk/gebieden/${areaId}/programma`}>Wijkprogramma (WOP)</AppLink>
        </li>
        <li>
          <AppLink to={`/werk/gebieden/${areaId}/spreekuren`}>Spreekuren en inlooplogboek</AppLink>
        </li>
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
    </section>
  );
}
