import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { ORGANISATION_TYPE_LABELS, ORGANISATION_TYPES, OrganisationInputSchema, type OrganisationType } from '../../shared/schemas/organisation.js';
import { errorMessage, fieldIssues } from '../api/client.js';
import { type SchemaIssue, toFieldError } from '../api/validation.js';
import { Loading } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary.js';
import { Checkbox, Fieldset, Radio, SelectField, TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { usePageTitle } from '../components/page-title.js';
import { TextAreaField } from '../features/activities/fields.js';
import '../features/activities/activities.css';
import { useAreas } from '../features/areas/use-areas.js';
import { type OrganisationBody, useCreateOrganisation } from '../features/organisations/api.js';

const FIELDS: Record<string, { id: string; label: string }> = {
  name: { id: 'organisatie-naam', label: 'Naam' },
  type: { id: 'organisatie-soort', label: 'Soort' },
  sector: { id: 'organisatie-sector', label: 'Professioneel of vrijwilligers' },
  areaIds: { id: 'organisatie-gebieden', label: 'Gebieden' },
  description: { id: 'organisatie-omschrijving', label: 'Omschrijving' },
  email: { id: 'organisatie-email', label: 'Algemeen e-mailadres' },
  phone: { id: 'organisatie-telefoon', label: 'Algemeen telefoonnummer' },
  website: { id: 'organisatie-website', label: 'Website' },
  boardSeats: { id: 'organisatie-zetels', label: 'Zetels in het bestuur' },
  boardVacancies: { id: 'organisatie-vacatures', label: 'Vacatures' },
};

/** Adds an organisation to the partner network; the connector who adds it keeps the relation. */
export function OrganisationNewPage() {
  usePageTitle('Nieuwe organisatie');
  const navigate = useNavigate();
  const areas = useAreas();
  const create = useCreateOrganisation();
  const [name, setName] = useState('');
  const [type, setType] = useState<OrganisationType>('association');
  const [sector, setSector] = useState<'professional' | 'volunteer'>('volunteer');
  const [areaIds, setAreaIds] = useState<string[]>([]);
  const [isSubsidised, setSubsidised] = useState(false);
  const [description, setDescription] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [website, setWebsite] = useState('');
  const [seats, setSeats] = useState('');
  const [vacancies, setVacancies] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [serverMessage, setServerMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const errorFor = (field: string) => errors.find((e) => e.fieldId === FIELDS[field]?.id)?.message;
  const toError = (issue: SchemaIssue) => toFieldError(issue, FIELDS, 'organisatie-naam');

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body: OrganisationBody = {
      name,
      type,
      sector,
      areaIds,
      isSubsidised,
      description,
      email: email.trim() || null,
      phone: phone.trim() || null,
      website: website.trim() || null,
      boardSeats: seats === '' ? null : Number(seats),
      boardVacancies: vacancies === '' ? null : Number(vacancies),
    };
    const parsed = OrganisationInputSchema.safeParse(body);
    setServerMessage(undefined);
    setAttempt((count) => count + 1);
    if (!parsed.success) {
      setErrors(parsed.error.issues.map(toError));
      return;
    }
    setErrors([]);
    try {
      const organisation = await create.mutateAsync(body);
      navigate(`/werk/organisaties/${organisation.id}`);
    } catch (error) {
      setErrors(Object.entries(fieldIssues(error)).map(([path, message]) => toError({ code: 'server', path: path.split('.'), message })));
      setServerMessage(errorMessage(error));
      setAttempt((count) => count + 1);
    }
  };

  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to="/werk/organisaties">Partners</AppLink>
      </p>
      <Heading level={1}>Nieuwe organisatie</Heading>
      {areas.isPending && <Loading />}
      <form className="utrecht-form form" noValidate onSubmit={handleSubmit}>
        <ErrorSummary errors={errors} serverMessage={serverMessage} focusKey={attempt} />
        <TextField id="organisatie-naam" label="Naam" value={name} onValueChange={setName} error={errorFor('name')} />
        <SelectField id="organisatie-soort" label="Soort" value={type} onValueChange={(value) => setType(value as OrganisationType)} error={errorFor('type')}>
          {ORGANISATION_TYPES.map((value) => (
            <option key={value} value={value}>
              {ORGANISATION_TYPE_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <Fieldset legend="Professioneel of vrijwilligers" id="organisatie-sector">
          <Radio name="organisatie-sector" id="organisatie-sector-professioneel" label="Professionele organisatie" checked={sector === 'professional'} onSelect={() => setSector('professional')} />
          <Radio name="organisatie-sector" id="organisatie-sector-vrijwilligers" label="Vrijwilligers (bijvoorbeeld een wijkraad)" checked={sector === 'volunteer'} onSelect={() => setSector('volunteer')} />
        </Fieldset>
        <Fieldset legend="Gebieden waarin de organisatie werkt" id="organisatie-gebieden" error={errorFor('areaIds')}>
          <div className="checkbox-columns">
            {(areas.data ?? []).map((area) => (
              <Checkbox
                key={area.id}
                id={`organisatie-gebied-${area.id}`}
                label={area.name}
                checked={areaIds.includes(area.id)}
                onCheckedChange={(checked) => setAreaIds((ids) => (checked ? [...ids, area.id] : ids.filter((id) => id !== area.id)))}
              />
            ))}
          </div>
        </Fieldset>
        <Checkbox id="organisatie-subsidie" label="Gesubsidieerde instelling (met productafspraken)" checked={isSubsidised} onCheckedChange={setSubsidised} />
        <TextAreaField id="organisatie-omschrijving" label="Omschrijving (niet verplicht)" value={description} onValueChange={setDescription} error={errorFor('description')} />
        <TextField id="organisatie-email" label="Algemeen e-mailadres (niet verplicht)" type="email" value={email} onValueChange={setEmail} error={errorFor('email')} />
        <TextField id="organisatie-telefoon" label="Algemeen telefoonnummer (niet verplicht)" type="tel" value={phone} onValueChange={setPhone} error={errorFor('phone')} />
        <TextField id="organisatie-website" label="Website (niet verplicht)" type="url" value={website} onValueChange={setWebsite} error={errorFor('website')} />
        {sector === 'volunteer' && (
          <div className="form-row">
            <TextField id="organisatie-zetels" label="Zetels in het bestuur" type="number" min={0} max={99} value={seats} onValueChange={setSeats} error={errorFor('boardSeats')} />
            <TextField id="organisatie-vacatures" label="Vacatures" type="number" min={0} max={99} value={vacancies} onValueChange={setVacancies} error={errorFor('boardVacancies')} />
          </div>
        )}
        <Button type="submit" appearance="primary" busy={create.isPending} disabled={create.isPending}>
          Organisatie toevoegen
        </Button>
      </form>
    </>
  );
}
