import type { ConnectorCard } from '../../api/types.js';
import { Heading } from '../../components/Heading.js';
import { AppLink, ExternalLink, telHref } from '../../components/Link.js';
import { initials } from './initials.js';

const KIND_LABEL = { wijk: 'wijk', kern: 'kern' } as const;

/** The public contact card of an area: who the connector is, how to reach them, and where daily reports go. */
export function ContactCard({ card, headingLevel = 2, showAreaLink = true }: { card: ConnectorCard; headingLevel?: 2 | 3; showAreaLink?: boolean }) {
  const names = card.connectors.map((connector) => connector.name);
  const who = names.length > 0 ? names.join(' en ') : 'nog niet bekend';
  const headingId = `kaart-${card.areaId}`;
  return (
    <section className="contact-card" aria-labelledby={headingId}>
      <div className="contact-card__person">
        <div className="contact-card__avatar" aria-hidden="true">
          {initials(names[0] ?? card.areaName)}
        </div>
        <div>
          <Heading level={headingLevel} id={headingId}>
            Uw {card.title}: {who}
          </Heading>
          <p className="utrecht-paragraph">
            Voor {KIND_LABEL[card.areaKind]} <strong>{card.areaName}</strong> in de gemeente {card.municipality.name}.
          </p>
        </div>
      </div>

      {(card.connectors.length > 1 || card.email || card.phone) && (
      <dl className="contact-card__details">
        {card.connectors.length > 1 &&
          card.connectors.map((connector) => (
            <div key={connector.email}>
              <dt>{connector.name}</dt>
              <dd>
                <ExternalLink href={`mailto:${connector.email}`}>{connector.email}</ExternalLink>
                {connector.phone && (
                  <>
                    {' · '}
                    <ExternalLink href={telHref(connector.phone)} telephone>
                      {connector.phone}
                    </ExternalLink>
                  </>
                )}
              </dd>
            </div>
          ))}
        {card.email && (
          <div>
            <dt>E-mail</dt>
            <dd>
              <ExternalLink href={`mailto:${card.email}`}>{card.email}</ExternalLink>
            </dd>
          </div>
        )}
        {card.phone && (
          <div>
            <dt>Telefoon</dt>
            <dd>
              <ExternalLink href={telHref(card.phone)} telephone>
                {card.phone}
              </ExternalLink>
            </dd>
          </div>
        )}
      </dl>
      )}
      {!card.email && !card.phone && (
        <p className="utrecht-paragraph">Dit gebied heeft nog geen contactgegevens. Neem contact op met de gemeente.</p>
      )}

      {card.regularChannels.length > 0 && (
        <div className="contact-card__channels">
          <Heading level={headingLevel === 2 ? 3 : 4}>Voor dagelijkse meldingen (losse stoeptegel, zwerfafval, kapotte lantaarnpaal)</Heading>
          <p className="utrecht-paragraph">
            Daarvoor is de {card.title} niet het juiste adres. Meld het via een van deze kanalen, dan komt het meteen bij de juiste afdeling:
          </p>
          <ul className="utrecht-unordered-list">
            {card.regularChannels.map((channel) => (
              <li className="utrecht-unordered-list__item" key={channel.name + channel.url}>
                <ExternalLink href={channel.url}>{channel.name}</ExternalLink>
                {channel.description && <>: {channel.description}</>}
              </li>
            ))}
          </ul>
        </div>
      )}

      {showAreaLink && (
        <p className="utrecht-paragraph">
          <AppLink to={`/gebied/${card.areaId}`}>Meer over {card.areaName}</AppLink>
        </p>
      )}
    </section>
  );
}
