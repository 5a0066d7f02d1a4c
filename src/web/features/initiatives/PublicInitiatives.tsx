import '../programme/programme.css';
import { Heading } from '../../components/Heading.js';
import { AppLink } from '../../components/Link.js';
import { Paragraph } from '../../components/Paragraph.js';
import { usePublicInitiatives } from './api.js';

/** Initiatives of residents in the area that the connector made public, and the way to start one. */
export function PublicInitiatives({ areaId, areaName, municipalityCode }: { areaId: string; areaName: string; municipalityCode: string }) {
  const query = usePublicInitiatives(areaId);
  return (
    <section aria-labelledby="initiatieven">
      <Heading level={2} id="initiatieven">
        Bewonersinitiatieven
      </Heading>
      {query.data && query.data.length > 0 && (
        <ul className="utrecht-unordered-list">
          {query.data.map((initiative) => (
            <li key={initiative.reference} className="utrecht-unordered-list__item">
              <strong>{initiative.title}</strong> ({initiative.statusLabel.toLowerCase()}): {initiative.summary}
            </li>
          ))}
        </ul>
      )}
      <Paragraph>
        Heeft u een idee voor {areaName}? De wijkverbinder denkt mee over de aanpak, over wie u nodig heeft en over budget.{' '}
        <AppLink to={`/initiatief?gemeente=${municipalityCode}&gebied=${encodeURIComponent(areaId)}`}>Dien uw initiatief in</AppLink>
      </Paragraph>
    </section>
  );
}
