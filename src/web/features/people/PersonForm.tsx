import { type FormEvent, useState } from 'react';
import type { Role } from '../../../shared/schemas/common.js';
import { UserInputSchema, UserUpdateSchema } from '../../../shared/schemas/user.js';
import { errorMessage, fieldIssues } from '../../api/client.js';
import type { User, UserInputBody, UserUpdateBody } from '../../api/types.js';
import { type SchemaIssue, toFieldError } from '../../api/validation.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { Checkbox, TextField } from '../../components/FormField.js';
import { OrganisationField } from './OrganisationField.js';
import { RolesFieldset } from './RolesFieldset.js';

const FIELDS: Record<string, { id: string; label: string }> = {
  email: { id: 'persoon-email', label: 'E-mailadres' },
  name: { id: 'persoon-naam', label: 'Naam' },
  roles: { id: 'rollen', label: 'Rollen' },
  phone: { id: 'persoon-telefoon', label: 'Telefoon' },
  department: { id: 'persoon-afdeling', label: 'Afdeling' },
  jobTitle: { id: 'persoon-functie', label: 'Functie' },
  expertise: { id: 'persoon-expertise', label: 'Expertise' },
  password: { id: 'persoon-wachtwoord', label: 'Wachtwoord' },
  isActive: { id: 'persoon-actief', label: 'Actief' },
  organisationId: { id: 'persoon-organisatie', label: 'Organisatie' },
};

type PersonFormProps =
  | { user: null; onCreate: (input: UserInputBody) => Promise<unknown>; onUpdate?: never }
  | { user: User; onUpdate: (update: UserUpdateBody) => Promise<unknown>; onCreate?: never };

/** Create an account (with roles and an optional first password) or change one (roles, active, password). */
export function PersonForm(props: PersonFormProps) {
  const { user } = props;
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [roles, setRoles] = useState<Role[]>(user?.roles ?? []);
  const [phone, setPhone] = useState(user?.phone ?? '');
  const [department, setDepartment] = useState(user?.department ?? '');
  const [jobTitle, setJobTitle] = useState(user?.jobTitle ?? '');
  const [expertise, setExpertise] = useState(user?.expertise.join(', ') ?? '');
  const [password, setPassword] = useState('');
  const [isActive, setActive] = useState(user?.isActive ?? true);
  const [organisationId, setOrganisationId] = useState(user?.organisation?.id ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [serverMessage, setServerMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [isSaving, setSaving] = useState(false);

  const errorFor = (field: string) => errors.find((e) => e.fieldId === FIELDS[field]?.id)?.message;
  const toError = (issue: SchemaIssue) => toFieldError(issue, FIELDS, 'persoon-naam');

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const common = {
      name,
      roles,
      phone: phone.trim() || null,
      department: department.trim() || null,
      jobTitle: jobTitle.trim() || null,
      expertise: expertise.split(',').map((e) => e.trim()).filter(Boolean),
      ...(password ? { password } : {}),
      // Only a partner account belongs to an organisation: without the role the link is cleared.
      organisationId: roles.includes('partner') && organisationId ? organisationId : null,
    };
    const body = user ? { ...common, isActive } : { ...common, email };
    const parsed = user ? UserUpdateSchema.safeParse(body) : UserInputSchema.safeParse(body);
    setServerMessage(undefined);
    setAttempt((count) => count + 1);
    if (!parsed.success) {
      setErrors(parsed.error.issues.map(toError));
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      if (props.user) await props.onUpdate(body);
      else await props.onCreate({ ...common, email });
      if (user) setPassword('');
    } catch (error) {
      setErrors(Object.entries(fieldIssues(error)).map(([path, message]) => toError({ code: 'server', path: path.split('.'), message })));
      setServerMessage(errorMessage(error));
      setAttempt((count) => count + 1);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="utrecht-form form" noValidate onSubmit={handleSubmit}>
      <ErrorSummary errors={errors} serverMessage={serverMessage} focusKey={attempt} />
      {user ? (
        <p className="utrecht-paragraph">
          E-mailadres: <strong>{user.email}</strong>
        </p>
      ) : (
        <TextField id="persoon-email" label="E-mailadres" type="email" autoComplete="off" value={email} onValueChange={setEmail} error={errorFor('email')} />
      )}
      <TextField id="persoon-naam" label="Naam" autoComplete="off" value={name} onValueChange={setName} error={errorFor('name')} />
      <RolesFieldset roles={roles} onChange={setRoles} error={errorFor('roles')} />
      <OrganisationField isPartner={roles.includes('partner')} value={organisationId} onValueChange={setOrganisationId} error={errorFor('organisationId')} />
      <TextField id="persoon-telefoon" label="Telefoon (niet verplicht)" type="tel" value={phone} onValueChange={setPhone} error={errorFor('phone')} />
      <TextField id="persoon-afdeling" label="Afdeling (niet verplicht)" value={department} onValueChange={setDepartment} error={errorFor('department')} />
      <TextField id="persoon-functie" label="Functie (niet verplicht)" value={jobTitle} onValueChange={setJobTitle} error={errorFor('jobTitle')} />
      <TextField
        id="persoon-expertise"
        label="Expertise (niet verplicht)"
        description="Onderwerpen gescheiden door komma's, bijvoorbeeld: veiligheid, groen."
        value={expertise}
        onValueChange={setExpertise}
        error={errorFor('expertise')}
      />
      <TextField
        id="persoon-wachtwoord"
        label={user ? 'Nieuw wachtwoord (niet verplicht)' : 'Wachtwoord (niet verplicht)'}
        description={
          user
            ? 'Minstens 10 tekens. Een nieuw wachtwoord meldt de persoon overal af.'
            : 'Minstens 10 tekens. Zonder wachtwoord kan de persoon nog niet inloggen.'
        }
        type="password"
        autoComplete="new-password"
        value={password}
        onValueChange={setPassword}
        error={errorFor('password')}
      />
      {user && (
        <Checkbox
          id="persoon-actief"
          label="Account is actief"
          description="Uitzetten meldt de persoon af en voorkomt inloggen; gegevens blijven bewaard."
          checked={isActive}
          onCheckedChange={setActive}
        />
      )}
      <Button type="submit" appearance="primary" busy={isSaving} disabled={isSaving}>
        {isSaving ? 'Bezig met opslaan…' : user ? 'Wijzigingen opslaan' : 'Persoon toevoegen'}
      </Button>
    </form>
  );
}
