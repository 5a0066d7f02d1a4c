import { useEffect, useRef, useState } from 'react';
import type { ContactChoice } from '../../../shared/schemas/organisation.js';
import { Button } from '../../components/Button.js';
import { Combobox } from '../../components/Combobox.js';
import { Checkbox, Fieldset } from '../../components/FormField.js';
import { useContactChoices } from '../organisations/api.js';

/** A contact person on the activity; `detail` (role, organisation) is known when picked here, not for earlier links. */
export interface ChosenContact {
  id: string;
  name: string;
  detail?: string;
}

const SEARCH_ID = 'activiteit-contact-zoeken';
const MIN_SEARCH = 2;

const detailOf = (choice: ContactChoice) => [choice.role, choice.organisationName].filter(Boolean).join(', ');
const toChosen = (choice: ContactChoice): ChosenContact => ({ id: choice.id, name: choice.name, detail: detailOf(choice) || undefined });

/** Waits until typing pauses: each search is an audited read, one per word typed is enough. */
function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Contact persons for an activity: first those of the organisations chosen in the form (checkboxes), then
 * any contact of the municipality found by name. The chosen ones are listed with a button to remove each.
 * Only names, roles and organisations are fetched; e-mail and phone stay on the organisation page.
 */
export function ContactPicker(props: { organisationIds: string[]; chosen: ChosenContact[]; onChange: (chosen: ChosenContact[]) => void; error?: string }) {
  const { organisationIds, chosen, onChange } = props;
  const [search, setSearch] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const searchRef = useRef<HTMLDivElement>(null);
  const query = useDebounced(search.trim(), 250);
  const hasOrganisations = organisationIds.length > 0;
  const ofOrganisations = useContactChoices({ organisationIds: [...organisationIds].sort().join(',') }, hasOrganisations);
  const found = useContactChoices({ q: query }, query.length >= MIN_SEARCH);

  const chosenIds = new Set(chosen.map((contact) => contact.id));
  const organisationContacts = hasOrganisations ? (ofOrganisations.data ?? []) : [];
  const options =
    search.trim().length >= MIN_SEARCH
      ? (found.data ?? [])
          .filter((choice) => !chosenIds.has(choice.id))
          .map((choice) => ({ id: choice.id, label: choice.name, description: detailOf(choice) || undefined, choice }))
      : [];

  const add = (contact: ChosenContact) => {
    if (chosenIds.has(contact.id)) return;
    onChange([...chosen, contact]);
    setAnnouncement(`${contact.name} is toegevoegd.`);
  };
  const remove = (contact: ChosenContact, moveFocus: boolean) => {
    onChange(chosen.filter((c) => c.id !== contact.id));
    setAnnouncement(`${contact.name} is verwijderd.`);
    // The button is gone with the contact: keep the keyboard user in the picker.
    if (moveFocus) searchRef.current?.querySelector('input')?.focus();
  };

  const statusText = (() => {
    if (search.trim().length < MIN_SEARCH) return `Typ minstens ${MIN_SEARCH} tekens.`;
    if (found.isFetching || query !== search.trim()) return 'Zoeken…';
    if (options.length === 0) return 'Geen (andere) contactpersonen gevonden.';
    return `${options.length} ${options.length === 1 ? 'contactpersoon' : 'contactpersonen'} gevonden. Kies met de pijltjestoetsen en Enter.`;
  })();

  return (
    <Fieldset legend="Contactpersonen (niet verplicht)" id="activiteit-contactpersonen" error={props.error}>
      <p className="utrecht-paragraph contact-picker__note">
        Personen bij partnerorganisaties. Hun namen zijn alleen zichtbaar voor medewerkers van de gemeente.
      </p>
      {chosen.length === 0 ? (
        <p className="utrecht-paragraph">Nog geen contactpersonen gekozen.</p>
      ) : (
        <ul className="utrecht-unordered-list chosen-contacts" aria-label="Gekozen contactpersonen">
          {chosen.map((contact) => (
            <li key={contact.id} className="utrecht-unordered-list__item chosen-contacts__item">
              <span>
                {contact.name}
                {contact.detail && <span className="chosen-contacts__detail"> ({contact.detail})</span>}
              </span>{' '}
              <Button appearance="subtle" onClick={() => remove(contact, true)}>
                Verwijderen<span className="visually-hidden"> ({contact.name})</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {organisationContacts.length > 0 && (
        <Fieldset legend="Van de gekozen organisaties">
          <div className="checkbox-columns">
            {organisationContacts.map((choice) => (
              <Checkbox
                key={choice.id}
                id={`activiteit-contact-${choice.id}`}
                label={choice.name}
                description={detailOf(choice) || undefined}
                checked={chosenIds.has(choice.id)}
                onCheckedChange={(checked) => (checked ? add(toChosen(choice)) : remove(toChosen(choice), false))}
              />
            ))}
          </div>
        </Fieldset>
      )}
      <div ref={searchRef}>
        <Combobox
          id={SEARCH_ID}
          label="Andere contactpersoon zoeken"
          description="Op naam van de persoon of van de organisatie, in de hele gemeente."
          value={search}
          onValueChange={setSearch}
          options={options}
          onSelect={(option) => {
            add(toChosen(option.choice));
            setSearch('');
          }}
          statusText={statusText}
        />
      </div>
      <div className="visually-hidden" role="status">
        {announcement}
      </div>
    </Fieldset>
  );
}
