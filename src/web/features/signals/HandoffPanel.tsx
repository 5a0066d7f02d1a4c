import { errorMessage } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { ExternalLink } from '../../components/Link.js';
import { Paragraph } from '../../components/Paragraph.js';
import { useSignalAction } from './api.js';
import { formatDateTime } from './labels.js';
import type { SignalDetail } from './types.js';

interface Handoff {
  channel: { name: string; url: string } | null;
  at: string;
  open311: { serviceRequestId?: string | null } | null;
}

/** A daily report goes to the regular channel in one click: recorded, posted over Open311 where set up, closed. */
export function HandoffPanel({ signal, channel, canHandle }: { signal: SignalDetail; channel: { name: string; url: string } | undefined; canHandle: boolean }) {
  const handOff = useSignalAction(signal.id);
  const handoff = signal.handoff as Handoff | null;

  if (handoff) {
    return (
      <Paragraph>
        Doorgezet naar {handoff.channel ? <ExternalLink href={handoff.channel.url}>{handoff.channel.name}</ExternalLink> : 'het meldkanaal'} op{' '}
        {formatDateTime(handoff.at)}
        {handoff.open311?.serviceRequestId ? ` (nummer bij het meldkanaal: ${handoff.open311.serviceRequestId})` : ''}. De melder kreeg
        het standaardbericht.
      </Paragraph>
    );
  }
  if (!canHandle || signal.status === 'closed') return null;
  return (
    <div className="handoff">
      <Paragraph>
        Dit is een dagelijkse melding. Die handelt de gemeente af via {channel ? channel.name : 'het meldkanaal'}. Met één klik zet u hem daar
        neer: het signaal wordt afgesloten als ‘doorgezet naar het meldkanaal’ en de melder krijgt het standaardbericht.
      </Paragraph>
      {handOff.isError && <Alert type="error">{errorMessage(handOff.error)}</Alert>}
      <Button appearance="primary" busy={handOff.isPending} disabled={handOff.isPending} onClick={() => handOff.mutate({ action: 'handoff', body: {} })}>
        {handOff.isPending ? 'Bezig met doorzetten…' : `Doorzetten naar ${channel ? channel.name : 'het meldkanaal'}`}
      </Button>
    </div>
  );
}
