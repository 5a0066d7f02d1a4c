import { type FormEvent, useState } from 'react';
import { PublicSignalInputSchema } from '../../../shared/schemas/signal.js';
import { errorMessage } from '../../api/client.js';
import type { PublicMunicipalityMap } from '../../api/types.js';
import { Alert, Loading } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { FormField } from '../../components/FormField.js';
import { type FieldMap, errorFor, serverFieldErrors, toFieldErrors } from './form-errors.js';
import { type ChosenLocation, LocationPicker } from './LocationPicker.js';
import { type ChosenPhoto, PhotoInput } from './PhotoInput.js';
import { MIN_TRIAGE_LENGTH, useSubmitSignal, useTriage } from './public-api.js';
import { EMPTY_REPORTER, REPORTER_FIELDS, ReporterFields, type ReporterValue, reporterBody } from './ReporterFields.js';
import { TriageNotice } from './TriageNotice.js';
import type { PublicSignalBody, SignalCreated } from './types.js';

const FIELDS: FieldMap = {
  text: { id: 'melding-tekst', label: 'Uw signaal' },
  lat: { id: 'melding-locatie', label: 'Plek' },
  lon: { id: 'melding-locatie', label: 'Plek' },
  neighbourhoodCode: { id: 'melding-buurt', label: 'Buurt' },
  photos: { id: 'melding-fotos', label: 'Foto’s' },
  ...REPORTER_FIELDS,
};

interface IntakeFormProps {
  municipality: { code: string; name: string; connectorTitle: string };
  map: { data?: PublicMunicipalityMap; isPending: boolean; error: unknown };
  areaId?: string;
  onCreated: (created: SignalCreated, hasEmail: boolean) => void;
}

/** The resident's signal: text (with a triage notice while typing), place, photos and contact details. */
export function IntakeForm({ municipality, map, areaId, onCreated }: IntakeFormProps) {
  const [text, setText] = useState('');
  const [location, setLocation] = useState<ChosenLocation>({});
  const [photos, setPhotos] = useState<ChosenPhoto[]>([]);
  const [reporter, setReporter] = useState<ReporterValue>(EMPTY_REPORTER);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [serverMessage, setServerMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const triage = useTriage(text, municipality.code);
  const submit = useSubmitSignal();
  const fieldError = (id: string) => errorFor(errors, id);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body: PublicSignalBody = {
      municipality: municipality.code,
      text,
      ...(location.point ? { lat: round(location.point.lat), lon: round(location.point.lon) } : location.neighbourhoodCode ? { neighbourhoodCode: location.neighbourhoodCode } : {}),
      photos: photos.map(({ contentType, dataBase64 }) => ({ contentType, dataBase64 })),
      reporter: reporterBody(reporter),
    };
    setServerMessage(undefined);
    setAttempt((count) => count + 1);
    const parsed = PublicSignalInputSchema.safeParse(body);
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error.issues, FIELDS, 'melding-tekst'));
      return;
    }
    setErrors([]);
    submit.mutate(body, {
      onSuccess: (created) => onCreated(created, Boolean(body.reporter?.email)),
      onError: (error) => {
        setErrors(serverFieldErrors(error, FIELDS, 'melding-tekst'));
        setServerMessage(errorMessage(error));
        setAttempt((count) => count + 1);
      },
    });
  };

  return (
    <form className="utrecht-form form intake-form" noValidate onSubmit={handleSubmit} aria-label="Signaal doorgeven">
      <ErrorSummary errors={errors} serverMessage={serverMessage} focusKey={attempt} />
      <FormField
        id="melding-tekst"
        label="Wat wilt u de gemeente laten weten?"
        description="Beschrijf wat er speelt en waar. Minstens 10 tekens."
        error={fieldError('melding-tekst')}
      >
        {(control) => (
          <textarea className="utrecht-textarea utrecht-textarea--html-textarea" rows={6} maxLength={5000} {...control} value={text} onChange={(event) => setText(event.target.value)} />
        )}
      </FormField>
      <TriageNotice triage={triage.data} isRelevant={text.trim().length >= MIN_TRIAGE_LENGTH} connectorTitle={municipality.connectorTitle} />

      {map.isPending && <Loading>Kaart laden…</Loading>}
      {map.error ? <Alert type="warning">De kaart kon niet worden geladen: {errorMessage(map.error)}</Alert> : null}
      {map.data && <LocationPicker map={map.data} value={location} onChange={setLocation} areaId={areaId} error={fieldError('melding-locatie') ?? fieldError('melding-buurt')} />}

      <PhotoInput id="melding-fotos" photos={photos} onChange={setPhotos} error={fieldError('melding-fotos')} />

      <ReporterFields
        legend="Uw contactgegevens (niet verplicht)"
        intro="Laat u een e-mailadres achter, dan krijgt u een bevestiging met de volglink en bericht als er nieuws is. U kunt ook anoniem blijven: de volglink krijgt u hoe dan ook."
        consentLabel={`Ik geef de gemeente ${municipality.name} toestemming mijn gegevens te bewaren om contact met mij op te nemen over dit signaal.`}
        value={reporter}
        onChange={setReporter}
        errorFor={fieldError}
      />

      <p className="utrecht-paragraph">
        Uw signaal komt bij de {municipality.connectorTitle} van het gebied. Gegevens van melders zien alleen de medewerkers die het signaal
        oppakken.
      </p>
      <Button type="submit" appearance="primary" busy={submit.isPending} disabled={submit.isPending}>
        {submit.isPending ? 'Bezig met versturen…' : 'Signaal versturen'}
      </Button>
    </form>
  );
}

/** Six decimals (about 10 cm) is more than precise enough, and keeps the request tidy. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;
