import '../features/programme/programme.css';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingKind } from '../../shared/schemas/meeting.js';
import { Button } from '../components/Button.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { Checkbox, SelectField, TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useAreas } from '../features/areas/use-areas.js';
import { useCreateMeeting } from '../features/meetings/api.js';
import { amsterdamIso } from '../features/meetings/time.js';
import { useFormFeedback } from '../features/signals/form-kit.js';

const FIELDS = {
  areaId: { id: 'bijeenkomst-gebied', label: 'Gebied' },
  title: { id: 'bijeenkomst-titel', label: 'Titel' },
  startsAt: { id: 'bijeenkomst-datum', label: 'Datum' },
  endsAt: { id: 'bijeenkomst-eind', label: 'Eindtijd' },
  location: { id: 'bijeenkomst-locatie', label: 'Locatie' },
};

/** Plans a meeting; the agenda is prefilled from the area (figures, open signals, the programme). */
export function MeetingNewPage() {
  usePageTitle('Bijeenkomst plannen');
  const [params] = useSearchParams();
  const areas = useAreas();
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const feedback = useFormFeedback();
  const [form, setForm] = useState({
    areaId: params.get('gebied') ?? '',
    kind: (params.get('soort') as MeetingKind | null) ?? 'leefbaarheidsgesprek',
    title: '',
    date: '',
    start: '19:30',
    end: '21:30',
    location: '',
    isPublic: true,
  });
  const set = (key: keyof typeof form) => (value: string | boolean) => setForm((current) => ({ ...current, [key]: value }));
  const areaId = form.areaId || areas.data?.find((a) => a.isMine)?.id || areas.data?.[0]?.id || '';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = [];
    if (form.title.trim().length < 3) found.push({ fieldId: FIELDS.title.id, message: 'Titel: minstens 3 tekens.' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.date)) found.push({ fieldId: FIELDS.startsAt.id, message: 'Datum: kies een datum.' });
    if (!form.start || !form.end || form.end <= form.start) found.push({ fieldId: FIELDS.endsAt.id, message: 'Eindtijd: ligt na de begintijd.' });
    if (!feedback.check(found)) return;
    create.mutate(
      {
        areaId,
        kind: form.kind,
        title: form.title,
        startsAt: amsterdamIso(form.date, form.start),
        endsAt: amsterdamIso(form.date, form.end),
        location: form.location,
        isPublic: form.isPublic,
      },
      { onSuccess: (meeting) => navigate(`/werk/bijeenkomsten/${meeting.id}`), onError: (error) => feedback.fail(error, FIELDS, FIELDS.title.id) },
    );
  };

  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to="/werk/bijeenkomsten">Bijeenkomsten</AppLink>
      </p>
      <Heading level={1}>Bijeenkomst plannen</Heading>
      <Paragraph lead>
        De agenda volgt het gespreksformat van de gemeente — voor een leefbaarheidsgesprek de vier fasen van waarderend vernieuwen — en wordt gevuld met de kengetallen, open signalen, projecten en openstaande afspraken van het gebied.
      </Paragraph>
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} />
      <form onSubmit={onSubmit} noValidate>
        <SelectField id={FIELDS.areaId.id} label="Gebied" value={areaId} onValueChange={set('areaId')}>
          {areas.data?.map((area) => (
            <option key={area.id} value={area.id}>
              {area.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="bijeenkomst-soort" label="Soort bijeenkomst" value={form.kind} onValueChange={set('kind')}>
          {MEETING_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {MEETING_KIND_LABELS[kind]}
            </option>
          ))}
        </SelectField>
        <TextField id={FIELDS.title.id} label="Titel" value={form.title} onValueChange={set('title')} error={feedback.errorFor(FIELDS.title.id)} maxLength={200} />
        <TextField id={FIELDS.startsAt.id} label="Datum" type="date" value={form.date} onValueChange={set('date')} error={feedback.errorFor(FIELDS.startsAt.id)} />
        <TextField id="bijeenkomst-begin" label="Begintijd" type="time" value={form.start} onValueChange={set('start')} />
        <TextField id={FIELDS.endsAt.id} label="Eindtijd" type="time" value={form.end} onValueChange={set('end')} error={feedback.errorFor(FIELDS.endsAt.id)} />
        <TextField id={FIELDS.location.id} label="Locatie" value={form.location} onValueChange={set('location')} maxLength={200} />
        <Checkbox id="bijeenkomst-openbaar" label="Openbaar: tonen op de gebiedspagina en in de publieke agenda" checked={form.isPublic} onCheckedChange={set('isPublic')} />
        <Button type="submit" appearance="primary" busy={create.isPending}>
          Plannen en agenda maken
        </Button>
      </form>
    </>
  );
}
