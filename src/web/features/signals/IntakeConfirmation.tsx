import { Button } from '../../components/Button.js';
import { Heading } from '../../components/Heading.js';
import { AppLink, ExternalLink } from '../../components/Link.js';
import { Paragraph } from '../../components/Paragraph.js';
import type { SignalCreated } from './types.js';

interface IntakeConfirmationProps {
  created: SignalCreated;
  hasEmail: boolean;
  connectorTitle: string;
  onAnother: () => void;
}

/** After submitting: the reference and the personal tracking link (the only way back to the signal). */
export function IntakeConfirmation({ created, hasEmail, connectorTitle, onAnother }: IntakeConfirmationProps) {
  const trackingPath = `/volgen/${created.trackingToken}`;
  const trackingUrl = `${window.location.origin}${trackingPath}`;
  return (
    <div className="intake-confirmation">
      <Paragraph lead>
        Dank u wel. Uw signaal heeft het kenmerk <strong className="reference">{created.reference}</strong>.
      </Paragraph>
      <section aria-labelledby="volglink-titel" className="intake-confirmation__link">
        <Heading level={2} id="volglink-titel">
          Volg wat er met uw signaal gebeurt
        </Heading>
        <Paragraph>
          Met deze persoonlijke link ziet u de status en de berichten van de gemeente. Bewaar hem goed: iedereen met de link kan meekijken.
        </Paragraph>
        <p className="utrecht-paragraph">
          <AppLink to={trackingPath}>Volg signaal {created.reference}</AppLink>
        </p>
        <p className="utrecht-paragraph tracking-url">
          <span className="visually-hidden">Het adres van de link: </span>
          {trackingUrl}
        </p>
        {hasEmail && <Paragraph>U krijgt deze link ook per e-mail, met een bevestiging van uw signaal.</Paragraph>}
      </section>
      {created.triage.kind === 'daily_report' && created.triage.regularChannel && (
        <section aria-labelledby="meldkanaal-titel">
          <Heading level={2} id="meldkanaal-titel">
            Is het een dagelijkse melding?
          </Heading>
          <Paragraph>
            Dan gaat het sneller via <ExternalLink href={created.triage.regularChannel.url}>{created.triage.regularChannel.name}</ExternalLink>. De{' '}
            {connectorTitle} zet het anders voor u door.
          </Paragraph>
        </section>
      )}
      <Button appearance="secondary" onClick={onAnother}>
        Nog een signaal doorgeven
      </Button>
    </div>
  );
}
