import { useParams } from 'react-router';
import { ApiError, errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { formatDate, formatDateTime } from '../features/signals/labels.js';
import { usePublicMunicipalities } from '../features/lookup/use-lookup.js';
import { useTracking } from '../features/signals/public-api.js';
import type { TrackingView } from '../features/signals/types.js';
import { useMunicipalityBranding } from '../features/theme/branding.js';
import '../features/signals/signals.css';

// The steps a resident sees; "afgesloten" is last, whatever the way it was closed.
const STEPS = [
  { status: 'new', label: 'Ontvangen' },
  { status: 'assessed', label: 'Bekeken door de gemeente' },
  { status: 'in_progress', label: 'In behandeling, met de collega’s die erover gaan' },
  { status: 'result_agreed', label: 'Afspraak over de aanpak' },
  { status: 'monitoring', label: 'De gemeente volgt of het werkt' },
  { status: 'closed', label: 'Afgesloten' },
] as const;

const STATE_TEXT = { done: 'gedaan', current: 'nu', todo: 'nog niet' } as const;

/** What happened to my signal: status, closing state and the messages the municipality sent. */
export function PublicTrackingPage() {
  const { token = '' } = useParams();
  const tracking = useTracking(token);
  const isUnknown = tracking.error instanceof ApiError && tracking.error.status === 404;
  const title = tracking.data ? `Uw signaal ${tracking.data.reference}` : isUnknown ? 'Signaal niet gevonden' : 'Uw signaal volgen';
  usePageTitle(title);
  // The tracking view names the municipality (not its code): wear its colours when the name is known.
  const municipalities = usePublicMunicipalities();
  useMunicipalityBranding(municipalities.data?.find((m) => m.name === tracking.data?.municipality));

  return (
    <>
      <Heading level={1}>{title}</Heading>
      {tracking.isPending && <Loading>Uw signaal wordt opgezocht…</Loading>}
      {isUnknown && (
        <>
          <Paragraph lead>Wij kunnen geen signaal vinden bij deze volglink.</Paragraph>
          <Paragraph>
            Controleer of u de hele link heeft overgenomen uit de bevestiging of de e-mail. Een volglink werkt niet meer als het signaal
            lang geleden is afgesloten en de gegevens zijn verwijderd.
          </Paragraph>
          <p className="utrecht-paragraph">
            <AppLink to="/melden">Een nieuw signaal doorgeven</AppLink> of <AppLink to="/">uw contactpersoon zoeken</AppLink>.
          </p>
        </>
      )}
      {tracking.isError && !isUnknown && <Alert type="error">{errorMessage(tracking.error)}</Alert>}
      {tracking.data && <Tracking view={tracking.data} />}
    </>
  );
}

function Tracking({ view }: { view: TrackingView }) {
  const current = STEPS.findIndex((step) => step.status === view.status);
  return (
    <>
      <Paragraph lead>
        Ontvangen op {formatDate(view.receivedOn)} door de gemeente {view.municipality}
        {view.area ? `, voor het gebied ${view.area}` : ''}.
      </Paragraph>

      <section aria-labelledby="status-titel" className="tracking-status">
        <Heading level={2} id="status-titel">
          Status: {view.statusLabel}
          {view.closingStateLabel ? ` — ${view.closingStateLabel.toLowerCase()}` : ''}
        </Heading>
        {view.status === 'closed' ? (
          <Paragraph>
            Dit signaal is afgesloten{view.closingStateLabel ? `: ${view.closingStateLabel.toLowerCase()}` : ''}. Hieronder leest u het
            bericht van de gemeente.
          </Paragraph>
        ) : (
          <ol className="status-steps" aria-label="Stappen">
            {STEPS.map((step, index) => {
              const state = index < current ? 'done' : index === current ? 'current' : 'todo';
              return (
                <li key={step.status} className={`status-steps__step status-steps__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
                  <span className="status-steps__marker" aria-hidden="true">
                    {state === 'done' ? '✓' : index + 1}
                  </span>
                  <span>
                    {step.label}
                    <span className="status-steps__state"> ({STATE_TEXT[state]})</span>
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section aria-labelledby="berichten-titel">
        <Heading level={2} id="berichten-titel">
          Berichten van de gemeente
        </Heading>
        {view.messages.length === 0 ? (
          <Paragraph>Nog geen berichten. Zodra er nieuws is, leest u het hier.</Paragraph>
        ) : (
          <ol className="message-list">
            {[...view.messages].reverse().map((message) => (
              <li key={`${message.at}-${message.text.slice(0, 20)}`} className="message-list__item">
                <p className="utrecht-paragraph message-list__date">
                  <time dateTime={message.at}>{formatDateTime(message.at)}</time>
                </p>
                <p className="utrecht-paragraph message-list__text">{message.text}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="uw-signaal-titel">
        <Heading level={2} id="uw-signaal-titel">
          Uw signaal
        </Heading>
        <blockquote className="signal-quote">
          <p className="utrecht-paragraph">{view.excerpt}</p>
        </blockquote>
      </section>
    </>
  );
}
