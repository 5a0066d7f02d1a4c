import { type FormEvent, useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { useSignalAction } from './api.js';
import { TextAreaField, useFormFeedback } from './form-kit.js';
import { TemplatePicker } from './TemplatePicker.js';
import type { SignalDetail } from './types.js';

/** A message to the resident(s): on the tracking page and by e-mail; all reporters of linked duplicates too. */
export function MessageForm({ signal, channelName }: { signal: SignalDetail; channelName: string }) {
  return (
    <TextActionForm
      signal={signal}
      action="messages"
      idPrefix="bericht"
      label="Bericht aan de melder"
      description={
        signal.hasReporter
          ? 'Verschijnt op de volgpagina en gaat per e-mail naar melders die een adres achterlieten.'
          : 'Verschijnt op de volgpagina. De melder liet geen e-mailadres achter en krijgt dus geen e-mail.'
      }
      submitLabel="Bericht versturen"
      doneText="Het bericht is verstuurd en staat op de volgpagina."
      template={{ values: { reference: signal.reference, channel: channelName } }}
    />
  );
}

/** An internal note: for colleagues only, never on the tracking page. */
export function NoteForm({ signal }: { signal: SignalDetail }) {
  return (
    <TextActionForm
      signal={signal}
      action="notes"
      idPrefix="notitie"
      label="Interne notitie"
      description="Alleen zichtbaar voor collega’s; nooit voor de melder."
      submitLabel="Notitie opslaan"
      doneText="De notitie staat in de geschiedenis."
    />
  );
}

interface TextActionFormProps {
  signal: SignalDetail;
  action: 'messages' | 'notes';
  idPrefix: string;
  label: string;
  description: string;
  submitLabel: string;
  doneText: string;
  template?: { values: Record<string, string> };
}

function TextActionForm({ signal, action, idPrefix, label, description, submitLabel, doneText, template }: TextActionFormProps) {
  const [text, setText] = useState('');
  const [done, setDone] = useState(false);
  const feedback = useFormFeedback();
  const send = useSignalAction(signal.id);
  const fieldId = `${idPrefix}-tekst`;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (!feedback.check(text.trim().length < 2 ? [{ fieldId, message: `${label}: schrijf minstens twee tekens.` }] : [])) return;
    send.mutate(
      { action, body: { text: text.trim() } },
      {
        onSuccess: () => {
          setText('');
          setDone(true);
        },
        onError: (error) => feedback.fail(error, { text: { id: fieldId, label } }, fieldId),
      },
    );
  };

  return (
    <form className="utrecht-form form" noValidate onSubmit={handleSubmit} aria-label={label}>
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} headingId={`${idPrefix}-fouten`} />
      {template && <TemplatePicker id={`${idPrefix}-standaardbericht`} values={template.values} onPick={setText} />}
      <TextAreaField id={fieldId} label={label} description={description} value={text} onValueChange={setText} error={feedback.errorFor(fieldId)} rows={3} />
      {done && <Alert type="ok">{doneText}</Alert>}
      <Button type="submit" appearance="secondary" busy={send.isPending} disabled={send.isPending}>
        {send.isPending ? 'Bezig…' : submitLabel}
      </Button>
    </form>
  );
}
