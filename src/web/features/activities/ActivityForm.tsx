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
import { Button } from '../../components/Button.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { Checkbox, Fieldset, Radio, SelectField, TextField } from '../../components/FormField.js';
import { useOrganisations } from '../organisations/api.js';
import { type ActivityBody, useLogActivity } from './api.js';
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
};

/**
 * Logs one activity in seconds: today, an hour, a conversation in my area are the defaults. Schakel
 * proposes the role from the kind (and the signal it is about); the connector confirms or picks another.
 */
export function ActivityForm(props: {
  areas: Area[];
  defaultAreaId: string | null;
  signal?: { id: string; reference: string; kind: 'daily_report' | 'individual_question' | 'area_issue' } | null;
  onLogged?: (activity: Activity) => void;
}) {
  const [occurredOn, setOccurredOn] = useState(todayIso());
  const [minutes, setMinutes] = useState('60');
  const [kind, setKind] = useState<ActivityKind>('contact');
  const [areaId, setAreaId] = useState(props.defaultAreaId ?? '');
  const [chosenRole, setChosenRole] = useState<ActivityRole | null>(null);
  const [participants, setParticipants] = useState('');
  const [note, setNote] = useState('');
  const [organisationIds, setOrganisationIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [serverMessage, setServerMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [confirmation, setConfirmation] = useState('');
  const log = useLogActivity();
  const organisations = useOrganisations(areaId ? { areaId } : {});

  const suggestion = suggestRole({ kind, signalKind: props.signal?.kind ?? null });
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
      signalId: props.signal?.id ?? null,
      organisationIds,
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
      const activity = await log.mutateAsync(body);
      setConfirmation(
        `Vastgelegd: ${ACTIVITY_KIND_LABELS[activity.kind].toLowerCase()} van ${formatMinutes(activity.minutes)} als ${ACTIVITY_ROLE_LABELS[activity.role].toLowerCase()}.`,
      );
      setParticipants('');
      setNote('');
      setOrganisationIds([]);
      setChosenRole(null);
      props.onLogged?.(activity);
    } catch (error) {
      setErrors(Object.entries(fieldIssues(error)).map(([path, message]) => toError({ code: 'server', path: path.split('.'), message })));
      setServerMessage(errorMessage(error));
      setAttempt((count) => count + 1);
    }
  };

  return (
    <form className="utrecht-form form activity-form" noValidate onSubmit={handleSubmit} aria-label="Activiteit vastleggen">
      <ErrorSummary errors={errors} serverMessage={serverMessage} focusKey={attempt} />
      {props.signal && <p className="utrecht-paragraph">Over signaal {props.signal.reference}.</p>}
      <div className="form-row">
        <TextField id="activiteit-datum" label="Datum" type="date" value={occurredOn} onValueChange={setOccurredOn} error={errorFor('occurredOn')} />
        <SelectField id="activiteit-duur" label="Duur" value={minutes} onValueChange={setMinutes} error={errorFor('minutes')}>
          {DURATIONS.map((value) => (
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
      {(organisations.data?.length ?? 0) > 0 && (
        <Fieldset legend="Organisaties (niet verplicht)" id="activiteit-organisaties" error={errorFor('organisationIds')}>
          <div className="checkbox-columns">
            {organisations.data?.map((organisation) => (
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
      <TextAreaField id="activiteit-notitie" label="Korte notitie (niet verplicht)" value={note} onValueChange={setNote} error={errorFor('note')} />
      <Button type="submit" appearance="primary" busy={log.isPending} disabled={log.isPending}>
        {log.isPending ? 'Bezig met vastleggen…' : 'Activiteit vastleggen'}
      </Button>
      <div role="status" className="form-confirmation">
        {confirmation && <p className="utrecht-paragraph">{confirmation}</p>}
      </div>
    </form>
  );
}
