import { ROLE_LABELS } from '../../../shared/schemas/common.js';
import { Heading } from '../../components/Heading.js';
import { ExternalLink, telHref } from '../../components/Link.js';
import type { DirectoryPerson } from './api.js';

/** One colleague in the wegwijzer: who, what they know about, which areas, and how to reach them. */
export function PersonCard({ person, connectorTitle }: { person: DirectoryPerson; connectorTitle: string }) {
  const headingId = `persoon-${person.id}`;
  const roles = person.roles.filter((role) => role !== 'administrator').map((role) => (role === 'connector' ? connectorTitle : ROLE_LABELS[role].toLowerCase()));
  return (
    <article className="person-card" aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {person.name}
      </Heading>
      <p className="utrecht-paragraph person-card__job">
        {[person.jobTitle, person.department].filter(Boolean).join(', ') || roles.join(', ')}
      </p>
      <dl className="facts">
        {person.expertise.length > 0 && (
          <div>
            <dt>Expertise</dt>
            <dd>{person.expertise.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>Gebieden</dt>
          <dd>
            {person.connectorOf.length > 0 && `${connectorTitle} van ${person.connectorOf.join(', ')}`}
            {person.connectorOf.length > 0 && ' · '}
            {person.coversAreas === null ? 'de hele gemeente' : person.coversAreas.join(', ')}
          </dd>
        </div>
        <div>
          <dt>Bereikbaar</dt>
          <dd>
            <ExternalLink href={`mailto:${person.email}`}>{person.email}</ExternalLink>
            {person.phone && (
              <>
                {' · '}
                <ExternalLink href={telHref(person.phone)} telephone>
                  {person.phone}
                </ExternalLink>
              </>
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}
