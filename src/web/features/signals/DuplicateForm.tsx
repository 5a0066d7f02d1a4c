import { type FormEvent, useState } from 'react';
import { Alert, Loading } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Fieldset, Radio, TextField } from '../../components/FormField.js';
import { Paragraph } from '../../components/Paragraph.js';
import { useSignalAction, useSignalList } from './api.js';
import { useFormFeedback } from './form-kit.js';
import { formatDate, statusText } from './labels.js';
import type { SignalDetail } from './types.js';

/**
 * Links this signal to an earlier one about the same thing: search by reference or words, pick one, link.
 * This signal closes as a duplicate; its reporters follow the original from then on.
 */
export function DuplicateForm({ signal }: { signal: SignalDetail }) {
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [chosen, setChosen] = useState('');
  const feedback = useFormFeedback();
  const link = useSignalAction(signal.id);
  const results = useSignalList({ q: searched, limit: 10, offset: 0, sort: 'newest' }, { enabled: searched.length >= 2 });
  const candidates = (results.data?.items ?? []).filter((item) => item.id !== signal.id && item.closingState !== 'duplicate');

  const search = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    if (!feedback.check(q.length < 2 ? [{ fieldId: 'dubbel-zoeken', message: 'Zoeken: typ een kenmerk (S-…) of minstens twee tekens.' }] : [])) return;
    setChosen('');
    setSearched(q);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!feedback.check(chosen ? [] : [{ fieldId: 'dubbel-keuze', message: 'Kies het signaal waarvan dit een dubbel is.' }])) return;
    link.mutate({ action: 'link', body: { duplicateOf: chosen } }, { onError: (error) => feedback.fail(error, {}, 'dubbel-keuze') });
  };

  return (
    <div className="duplicate-form">
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} headingId="dubbel-fouten" />
      <form className="utrecht-form form inline-search" role="search" aria-label="Eerder signaal zoeken" noValidate onSubmit={search}>
        <TextField
          id="dubbel-zoeken"
          label="Zoek het eerdere signaal"
          description="Op kenmerk (bijvoorbeeld S-2026-0012) of op woorden uit de tekst."
          type="search"
          value={query}
          onValueChange={setQuery}
          error={feedback.errorFor('dubbel-zoeken')}
        />
        <Button type="submit" appearance="secondary">
          Zoeken
        </Button>
      </form>
      {results.isFetching && <Loading>Zoeken…</Loading>}
      {searched && results.data && (
        <form className="utrecht-form form" noValidate onSubmit={submit} aria-label="Als dubbel koppelen">
          {candidates.length === 0 ? (
            <Paragraph>Geen ander signaal gevonden met ‘{searched}’.</Paragraph>
          ) : (
            <>
              <Fieldset legend={`Gevonden signalen (${candidates.length})`} id="dubbel-keuze" error={feedback.errorFor('dubbel-keuze')}>
                {candidates.map((item) => (
                  <Radio
                    key={item.id}
                    name="dubbel-keuze"
                    id={`dubbel-${item.id}`}
                    label={`${item.reference} (${formatDate(item.receivedOn)}, ${statusText(item).toLowerCase()}): ${item.excerpt}`}
                    checked={chosen === item.id}
                    onSelect={() => setChosen(item.id)}
                  />
                ))}
              </Fieldset>
              <Button type="submit" appearance="secondary" busy={link.isPending} disabled={link.isPending}>
                {link.isPending ? 'Bezig met koppelen…' : 'Als dubbel koppelen en afsluiten'}
              </Button>
            </>
          )}
        </form>
      )}
      {link.isSuccess && <Alert type="ok">Gekoppeld. Dit signaal is afgesloten als dubbel.</Alert>}
    </div>
  );
}
