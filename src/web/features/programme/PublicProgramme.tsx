import './programme.css';
import { CARRIED_BY_LABELS, PARTICIPATION_LABELS, PROGRAMME_STATUS_LABELS, PROJECT_STATUS_LABELS } from '../../../shared/schemas/programme.js';
import { Heading } from '../../components/Heading.js';
import { Paragraph } from '../../components/Paragraph.js';
import { formatDate, usePublicProgramme } from './api.js';

/** The area's programme (WOP) as residents see it: goals and public projects with their progress. */
export function PublicProgramme({ areaId, areaName }: { areaId: string; areaName: string }) {
  const query = usePublicProgramme(areaId);
  const programme = query.data?.programme;
  if (!programme) return null;
  return (
    <section aria-labelledby="wijkprogramma">
      <Heading level={2} id="wijkprogramma">
        Wijkprogramma: {programme.title}
      </Heading>
      <Paragraph>
        {formatDate(programme.periodStart)} tot en met {formatDate(programme.periodEnd)} — {PROGRAMME_STATUS_LABELS[programme.status].toLowerCase()}.
      </Paragraph>
      {programme.summary && <Paragraph>{programme.summary}</Paragraph>}
      {programme.goals.length > 0 && (
        <>
          <Heading level={3}>Doelen</Heading>
          <ul className="utrecht-unordered-list">
            {programme.goals.map((goal) => (
              <li key={goal.id} className="utrecht-unordered-list__item">
                {goal.title}
                {goal.result && ` — resultaat: ${goal.result}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {programme.projects.length > 0 && (
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Projecten in {areaName}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Project</th>
              <th scope="col" className="utrecht-table__header-cell">Wie</th>
              <th scope="col" className="utrecht-table__header-cell">Planning</th>
              <th scope="col" className="utrecht-table__header-cell">Stand</th>
              <th scope="col" className="utrecht-table__header-cell">Inspraak</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {programme.projects.map((project) => (
              <tr key={project.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  {project.title}
                  {project.description && <span className="programme-note">{project.description}</span>}
                </th>
                <td className="utrecht-table__cell">{[CARRIED_BY_LABELS[project.carriedBy], ...project.partners].join(', ')}</td>
                <td className="utrecht-table__cell">
                  {project.startOn ? formatDate(project.startOn) : '—'} – {project.endOn ? formatDate(project.endOn) : '—'}
                </td>
                <td className="utrecht-table__cell">
                  {PROJECT_STATUS_LABELS[project.status]}, {project.percentDone}% gereed
                </td>
                <td className="utrecht-table__cell">{PARTICIPATION_LABELS[project.participation]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {programme.realisedSummary && (
        <>
          <Heading level={3}>Wat is bereikt</Heading>
          <Paragraph>{programme.realisedSummary}</Paragraph>
        </>
      )}
    </section>
  );
}
