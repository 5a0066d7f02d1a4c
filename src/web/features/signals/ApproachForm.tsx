import { type FormEvent, useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { Checkbox, Fieldset, TextField } from '../../components/FormField.js';
import { useProposeApproach } from './api.js';
import { TextAreaField, useFormFeedback } from './form-kit.js';
import { themeLabel } from './labels.js';
import type { RecurringCluster } from './types.js';

/** Turns a cluster of similar signals into a proposal for a broader approach (at least two signals). */
export function ApproachForm({ cluster, index }: { cluster: RecurringCluster; index: number }) {
  const prefix = `aanpak-${index}`;
  const [title, setTitle] = useState(`${cluster.themes.map(themeLabel).join(', ') || 'Terugkerend probleem'} in ${cluster.area.name}`);
  const [proposal, setProposal] = useState('');
  const [signalIds, setSignalIds] = useState<string[]>(cluster.signals.map((s) => s.id));
  const feedback = useFormFeedback();
  const propose = useProposeApproach();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    if (title.trim().length < 3) found.push({ fieldId: `${prefix}-titel`, message: 'Titel: geef het voorstel een titel.' });
    if (proposal.trim().length < 3) found.push({ fieldId: `${prefix}-voorstel`, message: 'Voorstel: beschrijf de aanpak.' });
    if (signalIds.length < 2) found.push({ fieldId: `${prefix}-signalen`, message: 'Signalen: kies er minstens twee.' });
    if (!feedback.check(found)) return;
    propose.mutate(
      { title: title.trim(), proposal: proposal.trim(), signalIds },
      { onError: (error) => feedback.fail(error, { title: { id: `${prefix}-titel`, label: 'Titel' }, proposal: { id: `${prefix}-voorstel`, label: 'Voorstel' } }, `${prefix}-voorstel`) },
    );
  };

  if (propose.isSuccess) return <Alert type="ok">Het voorstel ‘{propose.data.title}’ is vastgelegd; het staat hieronder bij de voorstellen.</Alert>;
  return (
    <form className="utrecht-form form approach-form" noValidate onSubmit={handleSubmit} aria-label={`Bredere aanpak voorstellen voor ${cluster.area.name}`}>
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} headingId={`${prefix}-fouten`} />
      <TextField id={`${prefix}-titel`} label="Titel van het voorstel" value={title} onValueChange={setTitle} error={feedback.errorFor(`${prefix}-titel`)} maxLength={200} />
      <TextAreaField
        id={`${prefix}-voorstel`}
        label="Voorgestelde aanpak"
        description="Welke afdelingen en partners, welke stappen, en wat moet het opleveren?"
        value={proposal}
        onValueChange={setProposal}
        error={feedback.errorFor(`${prefix}-voorstel`)}
        maxLength={10_000}
      />
      <Fieldset legend="Signalen in het voorstel" id={`${prefix}-signalen`} error={feedback.errorFor(`${prefix}-signalen`)}>
        {cluster.signals.map((signal) => (
          <Checkbox
            key={signal.id}
            id={`${prefix}-signaal-${signal.id}`}
            label={`${signal.reference}: ${signal.excerpt}`}
            checked={signalIds.includes(signal.id)}
            onCheckedChange={(on) => setSignalIds((ids) => (on ? [...ids, signal.id] : ids.filter((id) => id !== signal.id)))}
          />
        ))}
      </Fieldset>
      <Button type="submit" appearance="primary" busy={propose.isPending} disabled={propose.isPending}>
        Bredere aanpak voorstellen
      </Button>
    </form>
  );
}
