import '../features/programme/programme.css';
import { useParams } from 'react-router';
import { DECISION_LABELS } from '../../shared/schemas/initiative.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useInitiativeTracking } from '../features/initiatives/api.js';
import { euro, formatDate, formatDateTime } from '../features/programme/api.js';

/** What the initiator sees behind the tracking link: the steps, the decision and messages. */
export function InitiativeTrackingPage() {
  const { token = '' } = useParams();
  const query = useInitiativeTracking(token);
  const tracking = query.data;
  usePageTitle(tracking ? `Initiatief ${tracking.reference}` : 'Uw initiatief volgen');
  return (
    <>
      <Heading level={1}>{tracking ? `Uw initiatief: ${tracking.title}` : 'Uw initiatief volgen'}</Heading>
      {query.isPending && <Loading />}
      {query.isError && <Alert type="error">{errorMessage(query.error)}</Alert>}
      {tracking && (
        <>
          <Paragraph lead>
            Kenmerk {tracking.reference}, ontvangen op {formatDate(tracking.receivedOn)}
            {tracking.area && ` voor ${tracking.area}`} (gemeente {tracking.municipality}). Status: <strong>{tracking.statusLabel}</strong>.
          </Paragraph>
          <ol className="utrecht-ordered-list initiative-steps" aria-label="Stappen van uw initiatief">
            {tracking.steps.map((step) => (
              <li key={step.status} className={`utrecht-ordered-list__item initiative-steps__step--${step.state}`} aria-current={step.state === 'current' ? 'step' : undefined}>
                {step.label}
                <span className="visually-hidden">{step.state === 'done' ? ' (gedaan)' : step.state === 'current' ? ' (nu)' : ' (nog niet)'}</span>
              </li>
            ))}
          </ol>
          {tracking.decision && (
            <Alert type={tracking.decision === 'rejected' ? 'warning' : 'ok'}>
              Besluit: {DECISION_LABELS[tracking.decision]}
              {tracking.amountGrantedCents !== null && tracking.amountGrantedCents > 0 && `, ${euro(tracking.amountGrantedCents)}`}.
            </Alert>
          )}
          <Heading level={2}>Berichten</Heading>
          {tracking.messages.length === 0 ? (
            <Paragraph>Nog geen berichten. De wijkverbinder neemt contact met u op.</Paragraph>
          ) : (
            <ul className="utrecht-unordered-list">
              {tracking.messages.map((message) => (
                <li key={message.at} className="utrecht-unordered-list__item">
                  <span className="programme-note">{formatDateTime(message.at)}</span> {message.text}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
