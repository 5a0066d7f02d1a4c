import { type FormEvent, useMemo, useState } from 'react';
import { CHANNELS, StaffSignalInputSchema } from '../../../shared/schemas/signal.js';
import { errorMessage } from '../../api/client.js';
import type { Area, Region } from '../../api/types.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { FormField, SelectField, TextField } from '../../components/FormField.js';
import { Paragraph } from '../../components/Paragraph.js';
import { useCreateStaffSignal } from './api.js';
import { type FieldMap, errorFor, serverFieldErrors, toFieldErrors } from './form-errors.js';
import { CHANNEL_LABELS, isoDateInDays } from './labels.js';
import { MIN_TRIAGE_LENGTH, useTriage } from './public-api.js';
import { EMPTY_REPORTER, REPORTER_FIELDS, ReporterFields, type ReporterValue, reporterBody } from './ReporterFields.js';
import { TriageNotice } from './TriageNotice.js';
import type { SignalCreated, StaffSignalBody } from './types.js';

const FIELDS: FieldMap = {
  text: { id: 'signaal-tekst', label: 'Signaal' },
  channel: { id: 'signaal-kanaal', label: 'Kanaal' },
  receivedOn: { id: 'signaal-datum', label: 'Ontvangen op' },
  onBehalfOf: { id: 'signaal-namens', label: 'Namens' },
  areaId: { id: 'signaal-gebied', label: 'Gebied' },
  neighbourhoodCode: { id: 'signaal-buurt', label: 'Buurt' },
  ...REPORTER_FIELDS,
};

const STAFF_CHANNELS = CHANNELS.filter((channel) => channel !== 'website');

interface StaffSignalFormProps {
  municipality: { code: string; connectorTitle: string };
  areas: Area[];
  regions: Region[];
  /** A partner organisation enters everything through the channel "partner". */
  isPartnerOnly: boolean;
  onCreated: (created: SignalCreated) => void;
}

/** A signal entered on someone's behalf, after a spreekuur, a conversation, a phone call or an e-mail. */
export function StaffSignalForm({ municipality, areas, regions, isPartnerOnly, onCreated }: StaffSignalFormProps) {
  const [text, setText] = useState('');
  const [channel, setChannel] = useState<StaffSignalBody['channel']>(isPartnerOnly ? 'partner' : 'spreekuur');
  const [receivedOn, setReceivedOn] = useState(isoDateInDays(0));
  const [onBehalfOf, setOnBehalfOf] = useState('');
  const [areaId, setAreaId] = useState('');
  const [neighbourhoodCode, setNeighbourhoodCode] = useState('');
  const [reporter, setReporter] = useState<ReporterValue>(EMPTY_REPORTER);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [serverMessage, setServerMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const triage = useTriage(text, municipality.code);
  const create = useCreateStaffSignal();
  const fieldError = (id: string) => errorFor(errors, id);

  const sortedAreas = useMemo(() => [...areas].sort((a, b) => a.name.localeCompare(b.name, 'nl')), [areas]);
  const neighbourhoods = useMemo(
    () =>
      regions
        .filter((region) => region.kind === 'neighbourhood' && (!areaId || region.areaId === areaId))
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [regions, areaId],
  );

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body: StaffSignalBody = {
      text,
      channel,
      receivedOn: receivedOn || undefined,
      onBehalfOf: onBehalfOf.trim() || undefined,
      areaId: areaId || undefined,
      neighbourhoodCode: neighbourhoodCode || undefined,
      reporter: reporterBody(reporter),
    };
    setServerMessage(undefined);
    setAttempt((count) => count + 1);
    const found: FieldError[] = [];
    const parsed = StaffSignalInputSchema.safeParse(body);
    if (!parsed.success) found.push(...toFieldErrors(parsed.error.issues, FIELDS, 'signaal-tekst'));
    if (receivedOn && receivedOn > isoDateInDays(0)) found.push({ fieldId: 'signaal-datum', message: 'Ontvangen op: die datum ligt in de toekomst.' });
    setErrors(found);
    if (found.length > 0) return;
    create.mutate(body, {
      onSuccess: onCreated,
      onError: (error) => {
        setErrors(serverFieldErrors(error, FIELDS, 'signaal-tekst'));
        setServerMessage(errorMessage(error));
        setAttempt((count) => count + 1);
      },
    });
  };

  return (
    <form className="utrecht-form form" noValidate onSubmit={handleSubmit} aria-label="Signaal vastleggen">
      <ErrorSummary errors={errors} serverMessage={serverMessage} focusKey={attempt} />
      {isPartnerOnly ? (
        <Paragraph>Kanaal: {CHANNEL_LABELS.partner}.</Paragraph>
      ) : (
        <SelectField id="signaal-kanaal" label="Hoe kwam het binnen?" value={channel} onValueChange={(value) => setChannel(value as StaffSignalBody['channel'])} error={fieldError('signaal-kanaal')}>
          {STAFF_CHANNELS.map((value) => (
            <option key={value} value={value}>
              {CHANNEL_LABELS[value]}
            </option>
          ))}
        </SelectField>
      )}
      <TextField id="signaal-datum" label="Ontvangen op" type="date" max={isoDateInDays(0)} value={receivedOn} onValueChange={setReceivedOn} error={fieldError('signaal-datum')} />
      <TextField
        id="signaal-namens"
        label="Namens wie (niet verplicht)"
        description="Bijvoorbeeld ‘bewoners van de Tuinwijk’ of de naam van een organisatie. Geen persoonsgegevens: die horen hieronder, met toestemming."
        value={onBehalfOf}
        onValueChange={setOnBehalfOf}
        error={fieldError('signaal-namens')}
        maxLength={200}
      />
      <FormField id="signaal-tekst" label="Het signaal" description="Wat speelt er, waar, en sinds wanneer? Minstens 10 tekens." error={fieldError('signaal-tekst')}>
        {(control) => (
          <textarea className="utrecht-textarea utrecht-textarea--html-textarea" rows={6} maxLength={5000} {...control} value={text} onChange={(event) => setText(event.target.value)} />
        )}
      </FormField>
      <TriageNotice triage={triage.data} isRelevant={text.trim().length >= MIN_TRIAGE_LENGTH} connectorTitle={municipality.connectorTitle} isStaff />
      <SelectField
        id="signaal-gebied"
        label="Gebied (niet verplicht)"
        value={areaId}
        onValueChange={(value) => {
          setAreaId(value);
          setNeighbourhoodCode('');
        }}
        error={fieldError('signaal-gebied')}
      >
        <option value="">Nog niet bekend</option>
        {sortedAreas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="signaal-buurt"
        label="Buurt (niet verplicht)"
        description="Kiest u alleen een buurt, dan volgt het gebied daaruit."
        value={neighbourhoodCode}
        onValueChange={setNeighbourhoodCode}
        error={fieldError('signaal-buurt')}
      >
        <option value="">Geen buurt</option>
        {neighbourhoods.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </SelectField>
      <ReporterFields
        legend="Gegevens van de melder (niet verplicht)"
        intro="Alleen als de melder op de hoogte gehouden wil worden. Leg alleen vast wat nodig is."
        consentLabel="De melder heeft toestemming gegeven om deze gegevens te bewaren voor contact over dit signaal."
        value={reporter}
        onChange={setReporter}
        errorFor={fieldError}
      />
      <Button type="submit" appearance="primary" busy={create.isPending} disabled={create.isPending}>
        {create.isPending ? 'Bezig met vastleggen…' : 'Signaal vastleggen'}
      </Button>
    </form>
  );
}
