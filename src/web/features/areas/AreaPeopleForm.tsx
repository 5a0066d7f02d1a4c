import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../api/client.js';
import type { Area, AreaPeopleBody, User } from '../../api/types.js';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { Fieldset, SelectField, TextField } from '../../components/FormField.js';
import { VisuallyHidden } from '../../components/Paragraph.js';
import { capitalise } from './regions.js';
import { useSetAreaPeople } from './use-areas.js';

interface ConnectorRow {
  key: string;
  userId: string;
  hours: string;
}

/** Who works for the area: connectors with hours per week, one wijkwethouder, one adviser. */
export function AreaPeopleForm({ area, users, connectorTitle }: { area: Area; users: User[]; connectorTitle: string }) {
  const [connectors, setConnectors] = useState<ConnectorRow[]>(() =>
    area.people
      .filter((p) => p.role === 'connector')
      .map((p, index) => ({ key: `verbinder-${index}`, userId: p.userId, hours: p.hoursPerWeek === null ? '' : String(p.hoursPerWeek) })),
  );
  const [alderman, setAlderman] = useState(area.people.find((p) => p.role === 'alderman')?.userId ?? '');
  const [adviser, setAdviser] = useState(area.people.find((p) => p.role === 'adviser')?.userId ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [nextKey, setNextKey] = useState(connectors.length);
  const save = useSetAreaPeople(area.id);
  const title = capitalise(connectorTitle);

  const active = users.filter((u) => u.isActive).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const withRole = (role: User['roles'][number]) => active.filter((u) => u.roles.includes(role));
  const others = (role: User['roles'][number]) => active.filter((u) => !u.roles.includes(role));
  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldError[] = [];
    connectors.forEach((row, index) => {
      if (!row.userId) found.push({ fieldId: `${row.key}-persoon`, message: `${title} ${index + 1}: kies een persoon.` });
      const hours = row.hours.trim() === '' ? null : Number(row.hours.replace(',', '.'));
      if (hours !== null && (!Number.isFinite(hours) || hours < 0 || hours > 40)) {
        found.push({ fieldId: `${row.key}-uren`, message: `${title} ${index + 1}: vul een aantal uren per week in tussen 0 en 40.` });
      }
    });
    const ids = connectors.map((row) => row.userId).filter(Boolean);
    const duplicate = connectors.find((row, index) => row.userId && ids.indexOf(row.userId) !== index);
    if (duplicate) found.push({ fieldId: `${duplicate.key}-persoon`, message: `Dezelfde persoon staat twee keer bij de ${connectorTitle}s.` });
    setErrors(found);
    setAttempt((count) => count + 1);
    if (found.length > 0) return;
    const people: AreaPeopleBody['people'] = [
      ...connectors.map((row) => ({
        userId: row.userId,
        role: 'connector' as const,
        hoursPerWeek: row.hours.trim() === '' ? null : Number(row.hours.replace(',', '.')),
      })),
      ...(alderman ? [{ userId: alderman, role: 'alderman' as const, hoursPerWeek: null }] : []),
      ...(adviser ? [{ userId: adviser, role: 'adviser' as const, hoursPerWeek: null }] : []),
    ];
    save.mutate({ people }, { onError: () => setAttempt((count) => count + 1) });
  };

  const addConnector = () => {
    setConnectors((rows) => [...rows, { key: `verbinder-${nextKey}`, userId: '', hours: '' }]);
    setNextKey((n) => n + 1);
  };

  return (
    <form className="utrecht-form form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary errors={errors} serverMessage={save.isError ? errorMessage(save.error) : undefined} focusKey={attempt} />
      {save.isSuccess && <Alert type="ok">De mensen van {area.name} zijn opgeslagen.</Alert>}
      <Fieldset legend={`${title}s`}>
        {connectors.length === 0 && <p className="utrecht-paragraph">Nog geen {connectorTitle}.</p>}
        {connectors.map((row, index) => (
          <div className="person-row" key={row.key}>
            <SelectField
              id={`${row.key}-persoon`}
              label={`${title} ${index + 1}`}
              value={row.userId}
              error={errorFor(`${row.key}-persoon`)}
              onValueChange={(userId) => setConnectors((rows) => rows.map((r) => (r.key === row.key ? { ...r, userId } : r)))}
            >
              <option value="">Kies een persoon</option>
              <PeopleOptions preferred={withRole('connector')} others={others('connector')} preferredLabel={`${title}s`} />
            </SelectField>
            <TextField
              id={`${row.key}-uren`}
              label="Uren per week"
              inputMode="decimal"
              className="utrecht-textbox--numeric hours-input"
              value={row.hours}
              error={errorFor(`${row.key}-uren`)}
              onValueChange={(hours) => setConnectors((rows) => rows.map((r) => (r.key === row.key ? { ...r, hours } : r)))}
            />
            <Button appearance="subtle" onClick={() => setConnectors((rows) => rows.filter((r) => r.key !== row.key))}>
              Verwijderen<VisuallyHidden> {title.toLowerCase()} {index + 1}</VisuallyHidden>
            </Button>
          </div>
        ))}
        <Button appearance="secondary" onClick={addConnector}>
          {title} toevoegen
        </Button>
      </Fieldset>
      <SelectField id="wijkwethouder" label="Wijkwethouder" value={alderman} onValueChange={setAlderman}>
        <option value="">Geen wijkwethouder</option>
        <PeopleOptions preferred={withRole('alderman')} others={others('alderman')} preferredLabel="Wethouders" />
      </SelectField>
      <SelectField id="wijkadviseur" label="Wijkadviseur" value={adviser} onValueChange={setAdviser}>
        <option value="">Geen wijkadviseur</option>
        <PeopleOptions preferred={withRole('specialist')} others={others('specialist')} preferredLabel="Specialisten" />
      </SelectField>
      <Button type="submit" appearance="primary" busy={save.isPending} disabled={save.isPending}>
        {save.isPending ? 'Bezig met opslaan…' : 'Mensen opslaan'}
      </Button>
    </form>
  );
}

function PeopleOptions({ preferred, others, preferredLabel }: { preferred: User[]; others: User[]; preferredLabel: string }) {
  const option = (user: User) => (
    <option key={user.id} value={user.id}>
      {user.name}
      {user.jobTitle ? ` — ${user.jobTitle}` : ''}
    </option>
  );
  return (
    <>
      {preferred.length > 0 && <optgroup label={preferredLabel}>{preferred.map(option)}</optgroup>}
      {others.length > 0 && <optgroup label="Anderen">{others.map(option)}</optgroup>}
    </>
  );
}
