import { type FormEvent, useState } from 'react';
import { ACTIVITY_ROLE_EXPLANATIONS, ACTIVITY_ROLE_LABELS, type ColleagueArea, CONNECTOR_ROLES } from '../../shared/schemas/activity.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink, ExternalLink, telHref } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useConnectorFinder, useConnectorProfile, useSaveConnectorProfile } from '../features/activities/api.js';
import { formatDate, formatHours } from '../features/activities/fields.js';
import '../features/activities/activities.css';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { useOwnMunicipality } from '../features/municipality/use-municipality.js';

/** "Who is the connector for …": by area, buurt or street, with the four roles and availability, for every colleague. */
export function ConnectorFinderPage() {
  const municipality = useOwnMunicipality().data;
  const title = municipality?.connectorTitle ?? 'wijkverbinder';
  usePageTitle(`Wie is de ${title}?`);
  const me = useMe().data;
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const finder = useConnectorFinder(query);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(text.trim());
  };

  return (
    <>
      <Heading level={1}>Wie is de {title}?</Heading>
      <Paragraph lead>
        Elk gebied heeft één aanspreekpunt bij de gemeente. Zoek op de naam van een gebied, buurt of wijk
        {finder.data?.streetSearch.available ? ', of op een straatnaam' : ''}.
      </Paragraph>
      <form className="utrecht-form search-form" role="search" onSubmit={submit}>
        <TextField
          id="zoek-wijkverbinder"
          label="Gebied, buurt of straat"
          description={finder.data && !finder.data.streetSearch.available ? 'Zoeken op straatnaam staat uit op deze installatie; zoek op gebied of buurt.' : undefined}
          value={text}
          onValueChange={setText}
        />
        <Button type="submit" appearance="primary">
          Zoeken
        </Button>
      </form>

      <div role="status" aria-live="polite" className="finder-status">
        {finder.data && query && (
          <p className="utrecht-paragraph">
            {finder.data.areas.length === 0
              ? `Niets gevonden voor “${query}”.`
              : `${finder.data.areas.length === 1 ? '1 gebied' : `${finder.data.areas.length} gebieden`} gevonden voor “${query}”.`}
          </p>
        )}
      </div>
      {finder.isPending && <Loading />}
      {finder.isError && <Alert type="error">{errorMessage(finder.error)}</Alert>}
      {finder.data?.streetSearch.message && query && <Alert type="warning">{finder.data.streetSearch.message}</Alert>}
      {finder.data && finder.data.matches.length > 0 && (
        <ul className="utrecht-unordered-list">
          {finder.data.matches.map((match) => (
            <li key={`${match.type}/${match.name}/${match.areaId}`} className="utrecht-unordered-list__item">
              {match.label}
              {match.note ? ` ${match.note}` : ''}
            </li>
          ))}
        </ul>
      )}
      {finder.data?.areas.map((area) => (
        <ColleagueAreaCard key={area.id} area={area} title={title} />
      ))}

      <section aria-labelledby="vier-rollen">
        <Heading level={2} id="vier-rollen">
          Wat doet de {title}?
        </Heading>
        <Paragraph>
          De {title} is de schakel tussen inwoners, partners en het stadhuis. Geen inhoudelijk specialist en geen meldpunt voor dagelijkse meldingen, maar iemand
          die vier rollen speelt:
        </Paragraph>
        <dl className="people-list">
          {CONNECTOR_ROLES.map((role) => (
            <div key={role}>
              <dt>{ACTIVITY_ROLE_LABELS[role]}</dt>
              <dd>{ACTIVITY_ROLE_EXPLANATIONS[role]}</dd>
            </div>
          ))}
        </dl>
        <Paragraph>
          Een verzoek van de {title} is daarom geen extra werk: het is de wijk die via één aanspreekpunt bij uw afdeling aanklopt.
        </Paragraph>
      </section>

      {hasRole(me, 'connector') && <AvailabilityForm />}
    </>
  );
}

function ColleagueAreaCard({ area, title }: { area: ColleagueArea; title: string }) {
  return (
    <section className="finder-area" aria-labelledby={`gebied-${area.id}`}>
      <Heading level={2} id={`gebied-${area.id}`}>
        {area.name}
      </Heading>
      <Paragraph small>
        {area.kind === 'kern' ? 'Kern' : 'Wijk'} met de buurten {area.neighbourhoods.join(', ') || '—'}.
      </Paragraph>
      {area.connectors.length === 0 && <Paragraph>Dit gebied heeft nu geen {title}.</Paragraph>}
      {area.connectors.map((connector) => (
        <div key={connector.id} className="finder-person">
          <Heading level={3}>
            {connector.name}, {title}
          </Heading>
          <dl className="people-list">
            {(connector.jobTitle || connector.department) && (
              <>
                <dt>Functie</dt>
                <dd>{[connector.jobTitle, connector.department].filter(Boolean).join(', ')}</dd>
              </>
            )}
            <dt>Uren voor de wijk</dt>
            <dd>{connector.hoursPerWeek !== null ? `${formatHours(connector.hoursPerWeek)} uur per week` : 'onbekend'}</dd>
            <dt>Bereikbaar</dt>
            <dd>{connector.availability || 'Niet opgegeven'}</dd>
            <dt>E-mail</dt>
            <dd>
              <ExternalLink href={`mailto:${connector.email}`}>{connector.email}</ExternalLink>
            </dd>
            {connector.phone && (
              <>
                <dt>Telefoon</dt>
                <dd>
                  <ExternalLink href={telHref(connector.phone)} telephone>
                    {connector.phone}
                  </ExternalLink>
                </dd>
              </>
            )}
          </dl>
        </div>
      ))}
      <Heading level={3}>In één minuut</Heading>
      <ul className="utrecht-unordered-list">
        {area.alderman && <li className="utrecht-unordered-list__item">Wijkwethouder: {area.alderman}</li>}
        {area.adviser && <li className="utrecht-unordered-list__item">Wijkadviseur: {area.adviser}</li>}
        <li className="utrecht-unordered-list__item">
          {area.openSignals} open signalen{area.topThemes.length > 0 ? `, vooral over ${area.topThemes.join(', ').toLowerCase()}` : ''}
        </li>
        <li className="utrecht-unordered-list__item">{area.partners} partnerorganisaties</li>
        {area.stoppedBoards.map((board) => (
          <li key={board.organisation} className="utrecht-unordered-list__item">
            {board.organisation} is gestopt; taken overgenomen door {board.takenOverBy}
          </li>
        ))}
        <li className="utrecht-unordered-list__item">
          {area.lastActivityOn ? `Laatste vastgelegde activiteit: ${formatDate(area.lastActivityOn)}` : 'Nog geen activiteiten vastgelegd'}
        </li>
      </ul>
      <Paragraph>
        <AppLink to={`/werk/gebieden/${area.id}`}>Naar {area.name}</AppLink>
      </Paragraph>
    </section>
  );
}

function AvailabilityForm() {
  const profile = useConnectorProfile(true);
  const save = useSaveConnectorProfile();
  const [text, setText] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const value = text ?? profile.data?.availability ?? '';
  return (
    <section aria-labelledby="mijn-bereikbaarheid">
      <Heading level={2} id="mijn-bereikbaarheid">
        Mijn bereikbaarheid
      </Heading>
      <form
        className="utrecht-form form"
        onSubmit={(event) => {
          event.preventDefault();
          setDone('');
          save.mutate(value, { onSuccess: () => setDone('Uw bereikbaarheid is opgeslagen.') });
        }}
      >
        {save.isError && <Alert type="error">{errorMessage(save.error)}</Alert>}
        <TextField
          id="bereikbaarheid"
          label="Wanneer bent u bereikbaar voor collega’s?"
          description="Bijvoorbeeld: maandag en donderdag; spreekuur dinsdag 10–12 uur in het wijkgebouw."
          maxLength={500}
          value={value}
          onValueChange={setText}
        />
        <Button type="submit" busy={save.isPending}>
          Bereikbaarheid opslaan
        </Button>
        <div role="status">{done && <p className="utrecht-paragraph">{done}</p>}</div>
      </form>
    </section>
  );
}
