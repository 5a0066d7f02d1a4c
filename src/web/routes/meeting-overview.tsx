import '../features/programme/programme.css';
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS } from '../../shared/schemas/meeting.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { AppLink, ButtonLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { ActionsTable } from '../features/meetings/ActionsTable.js';
import { PersonalFeed } from '../features/meetings/PersonalFeed.js';
import { useActions, useCoverage, useMeetings } from '../features/meetings/api.js';
import { formatDate, formatDateTime } from '../features/programme/api.js';

const STATE_LABELS = { held: 'Gehouden', planned: 'Gepland', due: 'Aan de beurt', overdue: 'Langer dan een jaar geleden' } as const;

/** Meetings of all areas, my open agreements, and which areas had their yearly leefbaarheidsgesprek. */
export function MeetingOverviewPage() {
  usePageTitle('Bijeenkomsten');
  const me = useMe().data;
  const year = new Date().getFullYear();
  const meetings = useMeetings({});
  const mine = useActions({ mine: 'true' });
  const coverage = useCoverage(year, true);
  const canPlan = hasRole(me, 'connector', 'coordinator');
  return (
    <>
      <Heading level={1}>Bijeenkomsten</Heading>
      <Paragraph lead>Leefbaarheidsgesprekken, wijkoverleggen, wijkideeteams, collegebezoeken en spreekuren — met de afspraken die eruit komen.</Paragraph>
      {canPlan && (
        <p className="utrecht-paragraph">
          <ButtonLink to="/werk/bijeenkomsten/nieuw">Bijeenkomst plannen</ButtonLink>
        </p>
      )}
      <section aria-labelledby="mijn-acties">
        <Heading level={2} id="mijn-acties">Mijn openstaande afspraken</Heading>
        {mine.isPending && <Loading />}
        {mine.data && (mine.data.length === 0 ? <Paragraph>Geen openstaande afspraken op uw naam.</Paragraph> : <ActionsTable actions={mine.data} caption="Afspraken waarvan u eigenaar bent" canClose showMeeting />)}
      </section>
      <section aria-labelledby="lijst">
        <Heading level={2} id="lijst">Alle bijeenkomsten</Heading>
        {meetings.isPending && <Loading />}
        {meetings.isError && <Alert type="error">{errorMessage(meetings.error)}</Alert>}
        {meetings.data && meetings.data.length === 0 && <Paragraph>Nog geen bijeenkomsten.</Paragraph>}
        {meetings.data && meetings.data.length > 0 && (
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Bijeenkomsten, nieuwste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Bijeenkomst</th>
                <th scope="col" className="utrecht-table__header-cell">Gebied</th>
                <th scope="col" className="utrecht-table__header-cell">Wanneer</th>
                <th scope="col" className="utrecht-table__header-cell">Status</th>
                <th scope="col" className="utrecht-table__header-cell">Open afspraken</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {meetings.data.map((meeting) => (
                <tr key={meeting.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    <AppLink to={`/werk/bijeenkomsten/${meeting.id}`}>
                      {MEETING_KIND_LABELS[meeting.kind]}: {meeting.title}
                    </AppLink>
                  </th>
                  <td className="utrecht-table__cell">{meeting.area.name}</td>
                  <td className="utrecht-table__cell">{formatDateTime(meeting.startsAt)}</td>
                  <td className="utrecht-table__cell">{MEETING_STATUS_LABELS[meeting.status]}</td>
                  <td className="utrecht-table__cell">{meeting.openActions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="dekking">
        <Heading level={2} id="dekking">Leefbaarheidsgesprekken {year}</Heading>
        {coverage.data && (
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Welke gebieden hun jaarlijkse leefbaarheidsgesprek hadden</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Gebied</th>
                <th scope="col" className="utrecht-table__header-cell">Stand</th>
                <th scope="col" className="utrecht-table__header-cell">Laatst gehouden</th>
                <th scope="col" className="utrecht-table__header-cell">Volgende gepland</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {coverage.data.areas.map((row) => (
                <tr key={row.area.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">{row.area.name}</th>
                  <td className="utrecht-table__cell">{STATE_LABELS[row.state]}</td>
                  <td className="utrecht-table__cell">{formatDate(row.lastHeld)}</td>
                  <td className="utrecht-table__cell">{formatDate(row.nextPlanned)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <PersonalFeed />
    </>
  );
}
