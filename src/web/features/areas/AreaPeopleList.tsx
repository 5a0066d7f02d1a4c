import type { Area } from '../../api/types.js';
import { ExternalLink, telHref } from '../../components/Link.js';
import { capitalise } from './regions.js';

/** Who works for the area: connectors (with hours per week), the wijkwethouder and the adviser. */
export function AreaPeopleList({ area, connectorTitle }: { area: Area; connectorTitle: string }) {
  const groups = [
    { role: 'connector', label: `${capitalise(connectorTitle)}s`, empty: `Nog geen ${connectorTitle}.` },
    { role: 'alderman', label: 'Wijkwethouder', empty: 'Nog geen wijkwethouder.' },
    { role: 'adviser', label: 'Wijkadviseur', empty: 'Nog geen wijkadviseur.' },
  ] as const;
  return (
    <dl className="people-list">
      {groups.map((group) => {
        const people = area.people.filter((person) => person.role === group.role);
        return (
          <div key={group.role} className="people-list__group">
            <dt>{group.label}</dt>
            {people.length === 0 && <dd>{group.empty}</dd>}
            {people.map((person) => (
              <dd key={person.userId}>
                <strong>{person.name}</strong>
                {person.hoursPerWeek !== null && <> — {formatHours(person.hoursPerWeek)} per week</>}
                <br />
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
            ))}
          </div>
        );
      })}
    </dl>
  );
}

export const formatHours = (hours: number) => `${hours.toLocaleString('nl-NL')} uur`;
