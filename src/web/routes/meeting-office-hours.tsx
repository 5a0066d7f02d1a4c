import '../features/programme/programme.css';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { WEEKDAY_LABELS } from '../../shared/schemas/meeting.js';
import { THEMES, THEME_KEYS, type Theme } from '../../shared/schemas/signal-vocabulary.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { Checkbox, Fieldset, Radio, SelectField, TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph, VisuallyHidden } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useArea } from '../features/areas/use-areas.js';
import { useColleagues } from '../features/directory/api.js';
import { useCreateSchedule, useEndSchedule, useLogVisit, useSchedules, useThemeSuggestions, useVisits } from '../features/meetings/api.js';
import { amsterdamToday } from '../features/meetings/time.js';
import { formatDate, formatDateTime } from '../features/programme/api.js';
import { TextAreaField, useFormFeedback } from '../features/signals/form-kit.js';

const OUTCOMES = { answered: 'Beantwoord', signal: 'Signaal', referral: 'Signaal met verzoek aan een collega' } as const;
const themeLabel = (theme: string) => THEMES[theme as Theme]?.label ?? theme;

/** The spreekuren of an area: schedules, suggested themes, and the walk-in log. */
export function MeetingOfficeHoursPage() {
  const { id = '' } = useParams();
  const area = useArea(id);
  const schedules = useSchedules(id);
  const visits = useVisits(id);
  const themes = useThemeSuggestions(id);
  const end = useEndSchedule();
  usePageTitle(area.data ? `Spreekuren ${area.data.name}` : 'Spreekuren');
  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to={`/werk/gebieden/${id}`}>{area.data?.name ?? 'Gebied'}</AppLink>
      </p>
      <Heading level={1}>Spreekuren {area.data?.name ?? ''}</Heading>
      <section aria-labelledby="rooster">
        <Heading level={2} id="rooster">Rooster</Heading>
        {schedules.isPending && <Loading />}
        {schedules.data && schedules.data.length === 0 && <Paragraph>Nog geen spreekuren.</Paragraph>}
        {end.isError && <Alert type="error">{errorMessage(end.error)}</Alert>}
        <ul className="utrecht-unordered-list">
          {schedules.data?.map((schedule) => (
            <li key={schedule.id} className="utrecht-unordered-list__item">
              <strong>{schedule.title}</strong>: {schedule.intervalWeeks === 1 ? 'elke' : `om de ${schedule.intervalWeeks} weken op`} {WEEKDAY_LABELS[schedule.weekday]} {schedule.startTime}–{schedule.endTime}, {schedule.location}
              {schedule.themes.length > 0 && `; thema’s: ${schedule.themes.map(themeLabel).join(', ')}`}
              {schedule.nextOccurrences[0] && `. Eerstvolgende: ${formatDateTime(schedule.nextOccurrences[0].startsAt)}`}
              {!schedule.isPublic && ' (niet openbaar)'}
              {schedule.endsOn ? `. Tot en met ${formatDate(schedule.endsOn)}.` : (
                <>
                  {' '}
                  <Button busy={end.isPending && end.variables === schedule.id} onClick={() => end.mutate(schedule.id)}>
                    Stoppen na vandaag<VisuallyHidden>: {schedule.title}</VisuallyHidden>
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
        <ScheduleForm areaId={id} />
      </section>
      <section aria-labelledby="themas">
        <Heading level={2} id="themas">Thema’s die het gebied aandraagt</Heading>
        {themes.data && themes.data.themes.length === 0 && <Paragraph>Nog te weinig signalen en bezoeken voor een voorstel.</Paragraph>}
        <ul className="utrecht-unordered-list">
          {themes.data?.themes.map((theme) => (
            <li key={theme.theme} className="utrecht-unordered-list__item">
              {theme.label}: {theme.reason}
            </li>
          ))}
          {themes.data?.figures.slice(0, 4).map((figure) => (
            <li key={figure.title} className="utrecht-unordered-list__item">{figure.note}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="inloop">
        <Heading level={2} id="inloop">Inlooplogboek</Heading>
        <VisitForm areaId={id} schedules={schedules.data?.map((s) => ({ id: s.id, title: s.title })) ?? []} />
        {visits.data && visits.data.length > 0 && (
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption">Bezoeken aan het spreekuur</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Datum</th>
                <th scope="col" className="utrecht-table__header-cell">Vraag</th>
                <th scope="col" className="utrecht-table__header-cell">Afhandeling</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {visits.data.map((visit) => (
                <tr key={visit.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{formatDate(visit.visitedOn)}</td>
                  <th scope="row" className="utrecht-table__cell">{visit.question}</th>
                  <td className="utrecht-table__cell">
                    {OUTCOMES[visit.outcome]}
                    {visit.signal && (
                      <>
                        {': '}
                        <AppLink to={`/werk/signalen/${visit.signal.id}`}>signaal {visit.signal.reference}</AppLink>
                      </>
                    )}
                    {visit.answer && ` — ${visit.answer}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function ScheduleForm({ areaId }: { areaId: string }) {
  const create = useCreateSchedule();
  const feedback = useFormFeedback();
  const [form, setForm] = useState({ title: 'Spreekuur wijkverbinder', location: '', address: '', weekday: '2', startTime: '14:00', endTime: '16:00', intervalWeeks: '1', startsOn: amsterdamToday(), themes: [] as string[], isPublic: true });
  const set = (key: keyof typeof form) => (value: string | boolean) => setForm((current) => ({ ...current, [key]: value }));
  const fields = { title: { id: 'rooster-titel', label: 'Titel' }, location: { id: 'rooster-locatie', label: 'Locatie' }, endTime: { id: 'rooster-eind', label: 'Eindtijd' }, startsOn: { id: 'rooster-vanaf', label: 'Vanaf' } };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = [];
    if (form.location.trim().length < 2) found.push({ fieldId: fields.location.id, message: 'Locatie: vul de plek in (hub, wijksteunpunt).' });
    if (form.endTime <= form.startTime) found.push({ fieldId: fields.endTime.id, message: 'Eindtijd: ligt na de begintijd.' });
    if (!feedback.check(found)) return;
    create.mutate(
      { areaId, title: form.title, location: form.location, address: form.address, weekday: Number(form.weekday), startTime: form.startTime, endTime: form.endTime, intervalWeeks: Number(form.intervalWeeks), startsOn: form.startsOn, themes: form.themes as Theme[], isPublic: form.isPublic },
      { onError: (error) => feedback.fail(error, fields, fields.title.id) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="rooster-nieuw">
      <Heading level={3} id="rooster-nieuw">Spreekuur toevoegen</Heading>
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} />
      <TextField id={fields.title.id} label="Titel" value={form.title} onValueChange={set('title')} />
      <TextField id={fields.location.id} label="Locatie" description="Bijvoorbeeld de hub of het wijksteunpunt." value={form.location} onValueChange={set('location')} error={feedback.errorFor(fields.location.id)} />
      <TextField id="rooster-adres" label="Adres (niet verplicht)" value={form.address} onValueChange={set('address')} />
      <SelectField id="rooster-dag" label="Dag" value={form.weekday} onValueChange={set('weekday')}>
        {WEEKDAY_LABELS.slice(1).map((day, index) => (
          <option key={day} value={String(index + 1)}>{day}</option>
        ))}
      </SelectField>
      <TextField id="rooster-begin" label="Begintijd" type="time" value={form.startTime} onValueChange={set('startTime')} />
      <TextField id={fields.endTime.id} label="Eindtijd" type="time" value={form.endTime} onValueChange={set('endTime')} error={feedback.errorFor(fields.endTime.id)} />
      <SelectField id="rooster-interval" label="Hoe vaak" value={form.intervalWeeks} onValueChange={set('intervalWeeks')}>
        <option value="1">Elke week</option>
        <option value="2">Om de week</option>
        <option value="4">Elke vier weken</option>
      </SelectField>
      <TextField id={fields.startsOn.id} label="Vanaf" type="date" value={form.startsOn} onValueChange={set('startsOn')} />
      <Fieldset legend="Thema’s">
        {THEME_KEYS.map((theme) => (
          <Checkbox key={theme} id={`rooster-thema-${theme}`} label={THEMES[theme].label} checked={form.themes.includes(theme)} onCheckedChange={(checked) => setForm((current) => ({ ...current, themes: checked ? [...current.themes, theme] : current.themes.filter((t) => t !== theme) }))} />
        ))}
      </Fieldset>
      <Checkbox id="rooster-openbaar" label="Openbaar: tonen op de gebiedspagina en in de publieke agenda" checked={form.isPublic} onCheckedChange={set('isPublic')} />
      <Button type="submit" busy={create.isPending}>Spreekuur toevoegen</Button>
      {create.isSuccess && <Alert type="ok">Spreekuur toegevoegd.</Alert>}
    </form>
  );
}

function VisitForm({ areaId, schedules }: { areaId: string; schedules: { id: string; title: string }[] }) {
  const log = useLogVisit();
  const colleagues = useColleagues();
  const feedback = useFormFeedback();
  const empty = { scheduleId: '', question: '', outcome: 'answered' as keyof typeof OUTCOMES, answer: '', onBehalfOf: '', specialistId: '', referralQuestion: '', dueOn: '' };
  const [form, setForm] = useState(empty);
  const set = (key: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));
  const fields = {
    question: { id: 'bezoek-vraag', label: 'Vraag' },
    answer: { id: 'bezoek-antwoord', label: 'Antwoord' },
    referral: { id: 'bezoek-collega', label: 'Collega' },
    'referral.question': { id: 'bezoek-verzoek', label: 'Vraag aan de collega' },
    'referral.dueOn': { id: 'bezoek-termijn', label: 'Termijn' },
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = [];
    if (form.question.trim().length < 10) found.push({ fieldId: fields.question.id, message: 'Vraag: beschrijf de vraag in minstens 10 tekens.' });
    if (form.outcome === 'answered' && !form.answer.trim()) found.push({ fieldId: fields.answer.id, message: 'Antwoord: noteer het antwoord.' });
    if (form.outcome === 'referral' && !form.specialistId) found.push({ fieldId: fields.referral.id, message: 'Collega: kies aan wie u het vraagt.' });
    if (form.outcome === 'referral' && form.referralQuestion.trim().length < 3) found.push({ fieldId: fields['referral.question'].id, message: 'Vraag aan de collega: vul in.' });
    if (form.outcome === 'referral' && !form.dueOn) found.push({ fieldId: fields['referral.dueOn'].id, message: 'Termijn: kies een datum.' });
    if (!feedback.check(found)) return;
    log.mutate(
      {
        areaId,
        scheduleId: form.scheduleId || null,
        question: form.question,
        outcome: form.outcome,
        answer: form.answer,
        onBehalfOf: form.onBehalfOf || undefined,
        referral: form.outcome === 'referral' ? { specialistId: form.specialistId, question: form.referralQuestion, dueOn: form.dueOn } : undefined,
      },
      { onSuccess: () => setForm(empty), onError: (error) => feedback.fail(error, fields, fields.question.id) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="bezoek-kop">
      <Heading level={3} id="bezoek-kop">Bezoek vastleggen</Heading>
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} />
      {log.data && (
        <Alert type="ok">
          Bezoek vastgelegd{log.data.signal ? ` als signaal ${log.data.signal.reference}` : ''}
          {log.data.referralId ? ', met een verzoek aan de collega' : ''}.
        </Alert>
      )}
      {log.isError && !feedback.serverMessage && <Alert type="error">{errorMessage(log.error)}</Alert>}
      <SelectField id="bezoek-spreekuur" label="Spreekuur" value={form.scheduleId} onValueChange={set('scheduleId')}>
        <option value="">— los bezoek —</option>
        {schedules.map((schedule) => (
          <option key={schedule.id} value={schedule.id}>{schedule.title}</option>
        ))}
      </SelectField>
      <TextAreaField id={fields.question.id} label="Vraag of signaal van de bezoeker" value={form.question} onValueChange={set('question')} error={feedback.errorFor(fields.question.id)} />
      <TextField id="bezoek-namens" label="Namens wie (niet verplicht)" description="Bijvoorbeeld 'bewoner Meilustlaan'; geen persoonsgegevens nodig." value={form.onBehalfOf} onValueChange={set('onBehalfOf')} />
      <Fieldset legend="Afhandeling">
        {(Object.keys(OUTCOMES) as (keyof typeof OUTCOMES)[]).map((outcome) => (
          <Radio key={outcome} name="bezoek-afhandeling" id={`bezoek-afhandeling-${outcome}`} label={OUTCOMES[outcome]} checked={form.outcome === outcome} onSelect={() => set('outcome')(outcome)} />
        ))}
      </Fieldset>
      {form.outcome === 'answered' && <TextAreaField id={fields.answer.id} label="Antwoord" value={form.answer} onValueChange={set('answer')} error={feedback.errorFor(fields.answer.id)} rows={2} />}
      {form.outcome === 'referral' && (
        <>
          <SelectField id={fields.referral.id} label="Collega" value={form.specialistId} onValueChange={set('specialistId')} error={feedback.errorFor(fields.referral.id)}>
            <option value="">— kies een collega —</option>
            {colleagues.data?.map((person) => (
              <option key={person.id} value={person.id}>{person.name}{person.department ? ` (${person.department})` : ''}</option>
            ))}
          </SelectField>
          <TextField id={fields['referral.question'].id} label="Vraag aan de collega" value={form.referralQuestion} onValueChange={set('referralQuestion')} error={feedback.errorFor(fields['referral.question'].id)} />
          <TextField id={fields['referral.dueOn'].id} label="Termijn" type="date" value={form.dueOn} onValueChange={set('dueOn')} error={feedback.errorFor(fields['referral.dueOn'].id)} />
        </>
      )}
      <Button type="submit" appearance="primary" busy={log.isPending}>Bezoek vastleggen</Button>
      <Paragraph small>Bij "Signaal" komt de vraag in één stap in de signalen-inbox (kanaal spreekuur).</Paragraph>
    </form>
  );
}
