import { type FormEvent, useState } from 'react';
import { CLOSING_STATES } from '../../../shared/schemas/signal.js';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { SelectField } from '../../components/FormField.js';
import { useSignalAction } from './api.js';
import type { FieldMap } from './form-errors.js';
import { TextAreaField, useFormFeedback } from './form-kit.js';
import { CLOSING_STATE_LABELS, SIGNAL_STATUS_LABELS, statusText } from './labels.js';
import { TemplatePicker } from './TemplatePicker.js';
import type { ClosingState, SignalDetail, SignalStatus, StatusChangeBody } from './types.js';

// Duplicates close through "koppelen", hand-offs through the hand-off button: both record more than a status.
const CLOSING_CHOICES = CLOSING_STATES.filter((state) => state !== 'duplicate');
const NEEDS_REASON: ClosingState[] = ['not_resolved', 'not_municipal_task'];

const FIELDS: FieldMap = {
  to: { id: 'status-nieuw', label: 'Nieuwe status' },
  closingState: { id: 'status-afsluiting', label: 'Hoe afgesloten' },
  reason: { id: 'status-reden', label: 'Reden' },
  result: { id: 'status-resultaat', label: 'Resultaat' },
  publicMessage: { id: 'status-bericht', label: 'Bericht aan de melder' },
};

/** Moves the signal on (only to the statuses the workflow allows), closes it honestly, or reopens it. */
export function StatusForm({ signal, channelName }: { signal: SignalDetail; channelName: string }) {
  const [to, setTo] = useState<SignalStatus | ''>('');
  const [closingState, setClosingState] = useState<ClosingState | ''>('');
  const [reason, setReason] = useState('');
  const [result, setResult] = useState(signal.result ?? '');
  const [publicMessage, setPublicMessage] = useState('');
  const [done, setDone] = useState<string>();
  const feedback = useFormFeedback();
  const change = useSignalAction(signal.id);
  const isClosing = to === 'closed';
  const isReopening = signal.status === 'closed' && to !== '';
  const needsReason = isClosing && closingState !== '' && NEEDS_REASON.includes(closingState);

  const optionLabel = (status: SignalStatus) =>
    status === 'closed' ? 'Afsluiten' : signal.status === 'closed' ? `Heropenen (terug naar ‘${SIGNAL_STATUS_LABELS[status].toLowerCase()}’)` : SIGNAL_STATUS_LABELS[status];

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    const found: FieldError[] = [];
    if (!to) found.push({ fieldId: 'status-nieuw', message: 'Nieuwe status: kies een status.' });
    if (isClosing && !closingState) found.push({ fieldId: 'status-afsluiting', message: 'Hoe afgesloten: kies hoe het signaal wordt afgesloten.' });
    if (needsReason && !reason.trim()) found.push({ fieldId: 'status-reden', message: 'Reden: geef een reden bij “niet opgelost” of “geen taak van de gemeente”.' });
    if (!feedback.check(found) || !to) return;
    const body: StatusChangeBody = {
      to,
      ...(isClosing && closingState && { closingState }),
      ...(reason.trim() && { reason: reason.trim() }),
      ...((isClosing || to === 'result_agreed') && result.trim() && { result: result.trim() }),
      ...(publicMessage.trim() && { publicMessage: publicMessage.trim() }),
    };
    change.mutate(
      { action: 'status', body },
      {
        onSuccess: (detail) => {
          setDone(`De status is nu: ${statusText(detail)}.${body.publicMessage ? ' Het bericht staat op de volgpagina van de melder.' : ''}`);
          setTo('');
          setClosingState('');
          setReason('');
          setPublicMessage('');
        },
        onError: (error) => feedback.fail(error, FIELDS, 'status-nieuw'),
      },
    );
  };

  return (
    <form className="utrecht-form form" noValidate onSubmit={handleSubmit} aria-labelledby="status-titel">
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} headingId="status-fouten" />
      <p className="utrecht-paragraph">
        Huidige status: <strong>{statusText(signal)}</strong>
        {signal.closingReason && <> — reden: {signal.closingReason}</>}
      </p>
      <SelectField id="status-nieuw" label="Nieuwe status" value={to} onValueChange={(value) => setTo(value as SignalStatus | '')} error={feedback.errorFor('status-nieuw')}>
        <option value="">Kies een status</option>
        {signal.allowedTransitions.map((status) => (
          <option key={status} value={status}>
            {optionLabel(status)}
          </option>
        ))}
      </SelectField>
      {isClosing && (
        <SelectField
          id="status-afsluiting"
          label="Hoe wordt het afgesloten?"
          value={closingState}
          onValueChange={(value) => setClosingState(value as ClosingState | '')}
          error={feedback.errorFor('status-afsluiting')}
        >
          <option value="">Kies hoe</option>
          {CLOSING_CHOICES.map((state) => (
            <option key={state} value={state}>
              {CLOSING_STATE_LABELS[state]}
            </option>
          ))}
        </SelectField>
      )}
      {(isClosing || isReopening) && (
        <TextAreaField
          id="status-reden"
          label={needsReason ? 'Reden' : 'Reden (niet verplicht)'}
          description={isReopening ? 'Waarom gaat het signaal weer open?' : 'Verplicht bij “niet opgelost” en “geen taak van de gemeente”.'}
          value={reason}
          onValueChange={setReason}
          error={feedback.errorFor('status-reden')}
          rows={2}
        />
      )}
      {(isClosing || to === 'result_agreed') && (
        <TextAreaField
          id="status-resultaat"
          label={isClosing ? 'Resultaat (niet verplicht)' : 'Afgesproken resultaat (niet verplicht)'}
          value={result}
          onValueChange={setResult}
          error={feedback.errorFor('status-resultaat')}
          rows={3}
        />
      )}
      {to !== '' && (
        <>
          <TemplatePicker id="status-standaardbericht" values={{ reference: signal.reference, channel: channelName }} onPick={setPublicMessage} />
          <TextAreaField
            id="status-bericht"
            label="Bericht aan de melder (niet verplicht)"
            description="Verschijnt op de volgpagina en gaat per e-mail naar melders die een adres achterlieten. Schrijf in gewone taal, zonder namen van collega’s."
            value={publicMessage}
            onValueChange={setPublicMessage}
            error={feedback.errorFor('status-bericht')}
          />
        </>
      )}
      {done && <Alert type="ok">{done}</Alert>}
      <Button type="submit" appearance="primary" busy={change.isPending} disabled={change.isPending}>
        {change.isPending ? 'Bezig met opslaan…' : isClosing ? 'Signaal afsluiten' : 'Status wijzigen'}
      </Button>
    </form>
  );
}
