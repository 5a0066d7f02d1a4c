import '../features/programme/programme.css';
import { PARTICIPATION_LABELS, PROJECT_STATUS_LABELS } from '../../shared/schemas/programme.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useDeviations } from '../features/programme/api.js';

const DIRECTION = { lower: 'Minder inspraak dan gepland', higher: 'Meer inspraak dan gepland', unknown: 'Gereed, niet vastgelegd' } as const;

/** Where realised participation differs from the plan (afwegingskader participatie). */
export function ProgrammeParticipationPage() {
  usePageTitle('Participatie');
  const deviations = useDeviations();
  return (
    <>
      <Heading level={1}>Participatie: gepland en gerealiseerd</Heading>
      <Paragraph lead>De vakspecialist is verantwoordelijk voor de participatie op zijn vakgebied; de wijkverbinder bewaakt de inbreng uit de wijk.</Paragraph>
      {deviations.isPending && <Loading />}
      {deviations.isError && <Alert type="error">{errorMessage(deviations.error)}</Alert>}
      {deviations.data?.length === 0 && <Paragraph>Geen afwijkingen: overal is de participatie gerealiseerd zoals gepland.</Paragraph>}
      {deviations.data && deviations.data.length > 0 && (
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Projecten waar gepland en gerealiseerd verschillen</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Project</th>
              <th scope="col" className="utrecht-table__header-cell">Gebied</th>
              <th scope="col" className="utrecht-table__header-cell">Gepland</th>
              <th scope="col" className="utrecht-table__header-cell">Gerealiseerd</th>
              <th scope="col" className="utrecht-table__header-cell">Afwijking</th>
              <th scope="col" className="utrecht-table__header-cell">Vakspecialist</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {deviations.data.map((row) => (
              <tr key={row.projectId} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  <AppLink to={`/werk/gebieden/${row.area.id}/programma`}>{row.projectTitle}</AppLink> ({PROJECT_STATUS_LABELS[row.status].toLowerCase()})
                  {row.note && <span className="programme-note">{row.note}</span>}
                </th>
                <td className="utrecht-table__cell">{row.area.name}</td>
                <td className="utrecht-table__cell">{PARTICIPATION_LABELS[row.planned]}</td>
                <td className="utrecht-table__cell">{row.realised ? PARTICIPATION_LABELS[row.realised] : '—'}</td>
                <td className="utrecht-table__cell">{DIRECTION[row.direction]}</td>
                <td className="utrecht-table__cell">{row.specialist?.name ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
