import { type FormEvent, useState } from 'react';
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_KINDS,
  ACTIVITY_ROLE_EXPLANATIONS,
  ACTIVITY_ROLE_LABELS,
  ACTIVITY_ROLES,
  type Activity,
  ActivityInputSchema,
  type ActivityKind,
  type ActivityRole,
  suggestRole,
} from '../../../shared/schemas/activity.js';
import { errorMessage, fieldIssues } from '../../api/client.js';
import type { Area } from '../../api/types.js';
import { type SchemaIssue, toFieldError } from '../../api/validation.js';
import { Button, ButtonGroup } from '../../components/Button.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { Checkbox, Fieldset, Radio, SelectField, TextField } from '../../components/FormField.js';
import { useOrganisations } from '../organisations/api.js';
import { type ActivityBody, useLogActivity, useUpdateActivity } from './api.js';
import { type ChosenContact, ContactPicker } from './ContactPicker.js';
import { TextAreaField, formatMinutes, todayIso } from './fields.js';

const DURATIONS = [15, 30, 45, 60, 90, 120, 180, 240];

const FIELDS: Record<string, { id: string; label: string }> = {
  occurredOn: { id: 'activiteit-datum', label: 'Datum' },
  minutes: { id: 'activiteit-duur', label: 'Duur' },
  kind: { id: 'activiteit-soort', label: 'Soort' },
  role: { id: 'activiteit-rol', label: 'Rol' },
  areaId: { id: 'activiteit-gebied', label: 'Gebied' },
  participants: { id: 'activiteit-betrokkenen', label: 'Betrokkenen' },
  note: { id: 'activiteit-notitie', label: 'Notitie' },
  organisationIds: { id: 'activiteit-organisaties', label: 'Organisaties' },
  contactIds: { id: 'activiteit-contactpersonen', label: 'Contactpersonen' },
};

/** "Mark Verschuren", "Mark Verschuren en Henk Peeters", "A, B en C". */
const listNames = (names: string[]) => (names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`);

/**
 * Logs one activity in seconds: today, an hour, a conversation in my area are the defaults. Schakel
 * proposes the role from the kind (and the signal it is about); the connector confirms or picks another.
 * With `activity` it changes that activity instead (every field, its organisations and contact persons).
 */
export function ActivityForm(props: {
  areas: Area[];
  defaultAreaId: string | null;
  signal?: { id: string; reference: string; kind: 'daily_report' | 'individual_question' | 'area_issue' } | null;
  activity?: Activity;
  onLogged?: (activity: Activity) => void;
  /** After changing `activity`. */
  onSaved?: (activity: Activity) => void;
  onCancel?: () => void;
}) {
  const editing = props.activity;
  const [occurredOn, setOccurredOn] = useState(editing?.occurredOn ?? todayIso());
  const [minutes, setMinutes] = useState(String(editing?.minutes ?? 60));
  const [kind, setKind] = useState<ActivityKind>(editing?.kind ?? 'contact');
  const [areaId, setAreaId] = useState(editing ? (editing.area?.id ?? '') : (props.defaultAreaId ?? ''));
  const [chosenRole, setChosenRole] = useState<ActivityRole | null>(editing?.role ?? null);
  const [participants, setParticipants] = useState(editing?.participants ?? '');
  const [note, setNote] = useState(editing?.note ?? '');
  const [organisationIds, setOrganisationIds] = useState<string[]>(editing?.organisations.map((o) => o.id) ?? []);
  const [contacts, setContacts] = useState<ChosenContact[]>(editing?.contacts ?? []);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [serverMessage, setServerMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [confirmation, setConfirmation] = useState('');
  const log = useLogActivity();
  const update = useUpdateActivity();
  const saving = log.isPending || update.isPending;
  const areaOrganisations = useOrganisations(areaId ? { areaId } : {});
  // When changing an activity, its organisations stay visible (and can be unticked) even outside the area.
  const organisationChoices = [
    ...(areaOrganisations.data ?? []),
    ...(editing?.organisations ?? []).filter((o) => !(areaOrganisations.data ?? []).some((a) => a.id === o.id)),
  ];
  const durations = [...new Set([...DURATIONS, Number(minutes)])].sort((a, b) => a - b);
  const signal = props.signal ?? null;

  const suggestion = suggestRole({ kind, signalKind: signal?.kind ?? null });
  const role = chosenRole ?? suggestion.role;
  const errorFor = (field: string) => errors.find((e) => e.fieldId === FIELDS[field]?.id)?.message;
  const toError = (issue: SchemaIssue) => toFieldError(issue, FIELDS, FIELDS.occurredOn?.id ?? '');

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body: ActivityBody = {
      occurredOn,
      minutes: Number(minutes),
      kind,
      role,
      areaId: areaId || null,
      participants,
      note,
      signalId: editing ? (editing.signal?.id ?? null) : (signal?.id ?? null),
      organisationIds,
      contactIds: contacts.map((contact) => contact.id),
    };
    const parsed = ActivityInputSchema.safeParse(body);
    setServerMessage(undefined);
    setConfirmation('');
    setAttempt((count) => count + 1);
    if (!parsed.success) {
      setErrors(parsed.error.issues.map(toError));
      return;
    }
    setErrors([]);
    try {
      if (editing) {
        const { signalId: _unchanged, ...changes } = body;
        props.onSaved?.(await update.mutateAsync({ id: editing.id, body: changes }));
        return;
      }
      const activity = await log.mutateAsync(body);
      const met = activity.contacts.length > 0 ? `, met ${listNames(activity.contacts.map((c) => c.name))}` : '';
      setConfirmation(
        `Vastgelegd: ${ACTIVITY_KIND_LABELS[activity.kind].toLowerCase()} van ${formatMinutes(activity.minutes)} als ${ACTIVITY_ROLE_LABELS[activity.role].toLowerCase()}${met}.`,
      );
      setParticipants('');
      setNote('');
      setOrganisationIds([]);
      setContacts([]);
      setChosenRole(null);
      props.onLogged?.(activity);
    } catch (error) {
      setErrors(Object.entries(fieldIssues(error)).map(([path, message]) => toError({ code: 'server', path: path.split('.'), message })));
      setServerMessage(errorMessage(error));
      setAttempt((count) => count + 1);
    }
  };

  return (
    <form className="utrecht-form form activity-form" noValidate onSubmit={handleSubmit} aria-label={editing ? 'Activiteit wijzigen' : 'Activiteit vastleggen'}>
      <ErrorSummary errors={errors} serverMessage={serverMessage} focusKey={attempt} />
      {(editing?.signal ?? signal) && <p className="utrecht-paragraph">Over signaal {(editing?.signal ?? signal)?.reference}.</p>}
      <div className="form-row">
        <TextField id="activiteit-datum" label="Datum" type="date" value={occurredOn} onValueChange={setOccurredOn} error={errorFor('occurredOn')} />
        <SelectField id="activiteit-duur" label="Duur" value={minutes} onValueChange={setMinutes} error={errorFor('minutes')}>
          {durations.map((value) => (
            <option key={value} value={value}>
              {formatMinutes(value)}
            </option>
          ))}
        </SelectField>
        <SelectField id="activiteit-gebied" label="Gebied" value={areaId} onValueChange={(value) => { setAreaId(value); setOrganisationIds([]); }} error={errorFor('areaId')}>
          <option value="">Geen gebied (stadsbreed)</option>
          {props.areas.map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </SelectField>
      </div>
      <Fieldset legend="Soort" id="activiteit-soort" error={errorFor('kind')}>
        <div className="radio-row">
          {ACTIVITY_KINDS.map((value) => (
            <Radio key={value} name="activiteit-soort" id={`activiteit-soort-${value}`} label={ACTIVITY_KIND_LABELS[value]} checked={kind === value} onSelect={() => setKind(value)} />
          ))}
        </div>
      </Fieldset>
      <Fieldset legend="Welke rol diende dit?" id="activiteit-rol" error={errorFor('role')}>
        <p className="utrecht-paragraph role-suggestion" id="activiteit-rol-voorstel">
          Voorstel: <strong>{ACTIVITY_ROLE_LABELS[suggestion.role]}</strong> — {suggestion.reason} Klopt het niet, kies dan een andere rol.
        </p>
        {ACTIVITY_ROLES.map((value) => (
          <Radio
            key={value}
            name="activiteit-rol"
            id={`activiteit-rol-${value}`}
            label={
              <>
                <strong>{ACTIVITY_ROLE_LABELS[value]}</strong>
                {value === suggestion.role && ' (voorgesteld)'}
                <span className="role-explanation"> — {ACTIVITY_ROLE_EXPLANATIONS[value]}</span>
              </>
            }
            checked={role === value}
            onSelect={() => setChosenRole(value)}
          />
        ))}
      </Fieldset>
      <TextField
        id="activiteit-betrokkenen"
        label="Betrokkenen (niet verplicht)"
        description="Zonder persoonsgegevens van inwoners, bijvoorbeeld: drie bewoners van de Tuinwijk, de wijkagent."
        value={participants}
        onValueChange={setParticipants}
        error={errorFor('participants')}
      />
      {organisationChoices.length > 0 && (
        <Fieldset legend="Organisaties (niet verplicht)" id="activiteit-organisaties" error={errorFor('organisationIds')}>
          <div className="checkbox-columns">
            {organisationChoices.map((organisation) => (
              <Checkbox
                key={organisation.id}
                id={`activiteit-organisatie-${organisation.id}`}
                label={organisation.name}
                checked={organisationIds.includes(organisation.id)}
                onCheckedChange={(checked) =>
                  setOrganisationIds((ids) => (checked ? [...ids, organisation.id] : ids.filter((id) => id !== organisation.id)))
                }
              />
            ))}
          </div>
        </Fieldset>
      )}
      <ContactPicker organisationIds={organisationIds} chosen={contacts} onChange={setContacts} error={errorFor('contactIds')} />
      <TextAreaField id="activiteit-notitie" label="Korte notitie (niet verplicht)" value={note} onValueChange={setNote} error={errorFor('note')} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={saving} disabled={saving}>
          {editing ? (saving ? 'Bezig met opslaan…' : 'Wijzigingen opslaan') : saving ? 'Bezig met vastleggen…' : 'Activiteit vastleggen'}
        </Button>
        {editing && props.onCancel && (
          <Button onClick={props.onCancel} disabled={saving}>
            Annuleren
          </Button>
        )}
      </ButtonGroup>
      <div role="status" className="form-confirmation">
        {confirmation && <p className="utrecht-paragraph">{confirmation}</p>}
      </div>
    </form>
  );
}
