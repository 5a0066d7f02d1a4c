import { type FormEvent, useState } from 'react';
import { errorMessage, fieldIssues } from '../../api/client.js';
import type { Area, AreaInputBody, Region } from '../../api/types.js';
import { toFieldError } from '../../api/validation.js';
import { AreaInputSchema } from '../../../shared/schemas/area.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { FormField, Radio, TextField, Fieldset } from '../../components/FormField.js';
import { RegionPicker } from './RegionPicker.js';

interface AreaFormProps {
  area: Area | null;
  areas: Area[];
  regions: Region[];
  submitLabel: string;
  onSubmit: (input: AreaInputBody) => Promise<unknown>;
}

// Form fields by the schema's paths, for error messages next to the right field.
const FIELDS: Record<string, { id: string; label: string }> = {
  name: { id: 'gebied-naam', label: 'Naam' },
  kind: { id: 'gebied-soort-wijk', label: 'Soort' },
  description: { id: 'gebied-omschrijving', label: 'Omschrijving' },
  publicEmail: { id: 'gebied-email', label: 'E-mailadres' },
  publicPhone: { id: 'gebied-telefoon', label: 'Telefoonnummer' },
  regionCodes: { id: 'buurten', label: 'Buurten' },
};

/** Name, kind, public contact details and neighbourhoods of an area; validated with the shared schema. */
export function AreaForm({ area, areas, regions, submitLabel, onSubmit }: AreaFormProps) {
  const [name, setName] = useState(area?.name ?? '');
  const [kind, setKind] = useState<'wijk' | 'kern'>(area?.kind ?? 'wijk');
  const [description, setDescription] = useState(area?.description ?? '');
  const [publicEmail, setPublicEmail] = useState(area?.publicEmail ?? '');
  const [publicPhone, setPublicPhone] = useState(area?.publicPhone ?? '');
  const [selected, setSelected] = useState<Set<string>>(() => new Set(area?.regionCodes ?? []));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [serverMessage, setServerMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [isSaving, setSaving] = useState(false);

  const errorFor = (field: string) => errors.find((error) => error.fieldId === FIELDS[field]?.id)?.message;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input: AreaInputBody = {
      name,
      kind,
      description,
      publicEmail: publicEmail.trim() || null,
      publicPhone: publicPhone.trim() || null,
      regionCodes: [...selected].sort(),
    };
    const parsed = AreaInputSchema.safeParse(input);
    setServerMessage(undefined);
    setAttempt((count) => count + 1);
    if (!parsed.success) {
      setErrors(parsed.error.issues.map((issue) => toFieldError(issue, FIELDS, 'gebied-naam')));
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      await onSubmit(input);
    } catch (error) {
      setErrors(Object.entries(fieldIssues(error)).map(([path, message]) => toFieldError({ code: 'server', path: path.split('.'), message }, FIELDS, 'gebied-naam')));
      setServerMessage(errorMessage(error));
      setAttempt((count) => count + 1);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="utrecht-form form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary errors={errors} serverMessage={serverMessage} focusKey={attempt} />
      <TextField id="gebied-naam" label="Naam" value={name} onValueChange={setName} error={errorFor('name')} autoComplete="off" />
      <Fieldset legend="Soort gebied">
        <Radio name="soort" id="gebied-soort-wijk" label="Wijk (in de stad)" checked={kind === 'wijk'} onSelect={() => setKind('wijk')} />
        <Radio name="soort" id="gebied-soort-kern" label="Kern (dorp)" checked={kind === 'kern'} onSelect={() => setKind('kern')} />
      </Fieldset>
      <FormField id="gebied-omschrijving" label="Omschrijving (niet verplicht)" error={errorFor('description')}>
        {(control) => (
          <textarea
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={3}
            {...control}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        )}
      </FormField>
      <TextField
        id="gebied-email"
        label="Algemeen e-mailadres (niet verplicht)"
        description="Leeg: inwoners zien het e-mailadres van de eerste contactpersoon."
        type="email"
        value={publicEmail}
        onValueChange={setPublicEmail}
        error={errorFor('publicEmail')}
      />
      <TextField
        id="gebied-telefoon"
        label="Algemeen telefoonnummer (niet verplicht)"
        type="tel"
        value={publicPhone}
        onValueChange={setPublicPhone}
        error={errorFor('publicPhone')}
      />
      <RegionPicker regions={regions} areas={areas} areaId={area?.id ?? null} selected={selected} onChange={setSelected} error={errorFor('regionCodes')} />
      {serverMessage && (
        <div className="form__server-error">
          <p className="utrecht-form-field-error-message">{serverMessage}</p>
        </div>
      )}
      <Button type="submit" appearance="primary" busy={isSaving} disabled={isSaving}>
        {isSaving ? 'Bezig met opslaan…' : submitLabel}
      </Button>
    </form>
  );
}
