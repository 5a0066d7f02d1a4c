import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useDirectorySearch } from '../features/directory/api.js';
import { PersonCard } from '../features/directory/PersonCard.js';
import { useOwnMunicipality } from '../features/municipality/use-municipality.js';
import '../features/signals/signals.css';

const EXAMPLES = ['wie gaat over speeltoestellen in Halsteren?', 'eenzame ouderen', 'handhaving parkeren'];

/** The wegwijzer: ask in plain Dutch who is responsible for what, and where. */
export function DirectoryPage() {
  usePageTitle('Wegwijzer');
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const [inputError, setInputError] = useState<string>();
  const answer = useDirectorySearch(q);
  const connectorTitle = useOwnMunicipality().data?.connectorTitle ?? 'wijkverbinder';
  const people = answer.data?.people ?? [];

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const text = draft.trim();
    if (text.length < 2) {
      setInputError('Typ minstens twee letters, bijvoorbeeld ‘groen’ of ‘wie gaat over speeltoestellen in Halsteren?’.');
      document.getElementById('wegwijzer-vraag')?.focus();
      return;
    }
    setInputError(undefined);
    setSearchParams({ q: text });
  };

  return (
    <>
      <Heading level={1}>Wegwijzer</Heading>
      <Paragraph lead>Wie gaat waarover? Vraag het in gewone taal; noem een gebied erbij als het om een plek gaat.</Paragraph>
      <form className="utrecht-form form inline-search" role="search" aria-label="Wegwijzer" noValidate onSubmit={handleSubmit}>
        <TextField
          id="wegwijzer-vraag"
          label="Uw vraag"
          description={`Bijvoorbeeld: ${EXAMPLES.map((example) => `‘${example}’`).join(', ')}.`}
          type="search"
          value={draft}
          onValueChange={setDraft}
          error={inputError}
        />
        <Button type="submit" appearance="primary">
          Zoeken
        </Button>
      </form>

      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {answer.data ? `${people.length} ${people.length === 1 ? 'collega' : 'collega’s'} gevonden.` : ''}
      </div>
      {answer.isFetching && <Loading>Zoeken…</Loading>}
      {answer.isError && <Alert type="error">{errorMessage(answer.error)}</Alert>}
      {answer.data && (
        <section aria-labelledby="antwoord-titel">
          <Heading level={2} id="antwoord-titel">
            {people.length === 0 ? 'Niemand gevonden' : `${people.length} ${people.length === 1 ? 'collega' : 'collega’s'} gevonden`}
          </Heading>
          <Paragraph>
            Gezocht op: <strong>{answer.data.terms || q}</strong>
            {answer.data.areas.length > 0 && (
              <>
                {' '}
                in {answer.data.areas.length === 1 ? 'het gebied' : 'de gebieden'} <strong>{answer.data.areas.map((area) => area.name).join(', ')}</strong>
              </>
            )}
            .
          </Paragraph>
          {people.length === 0 && <Paragraph>Probeer andere woorden, bijvoorbeeld een vakgebied (‘groen’, ‘jeugd’, ‘handhaving’).</Paragraph>}
          <div className="person-cards">
            {people.map((person) => (
              <PersonCard key={person.id} person={person} connectorTitle={connectorTitle} />
            ))}
          </div>
        </section>
      )}
    </>
  );
}
