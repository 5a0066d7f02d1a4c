import '../features/programme/programme.css';
import { type FormEvent, useState } from 'react';
import { COLLEGE_ITEM_STATUS_LABELS } from '../../shared/schemas/college.js';
import { THEMES, THEME_KEYS, type Theme } from '../../shared/schemas/signal-vocabulary.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { SelectField, TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useAreas } from '../features/areas/use-areas.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { useAldermanOverview, useCollegeAgenda, useMarkForCollege } from '../features/meetings/api.js';
import { CollegeVisits } from '../features/meetings/CollegeVisits.js';
import { formatDate } from '../features/programme/api.js';
import { TextAreaField, useFormFeedback } from '../features/signals/form-kit.js';

/** The wijkwethouder's view: what needs the college's attention, and the themes per college meeting. */
export function MeetingCollegePage() {
  usePageTitle('Wijkwethouder en college');
  const me = useMe().data;
  const overview = useAldermanOverview(hasRole(me, 'alderman', 'coordinator', 'administrator'));
  const agenda = useCollegeAgenda();
  return (
    <>
      <Heading level={1}>Wijkwethouder en college</Heading>
      {overview.data && (
        <section aria-labelledby="aandacht">
          <Heading level={2} id="aandacht">Wat aandacht vraagt</Heading>
          {overview.data.areas.map((row) => (
            <div key={row.area.id} className="programme-card">
              <Heading level={3}>
                <AppLink to={`/werk/gebieden/${row.area.id}`}>{row.area.name}</AppLink>
              </Heading>
              <Paragraph>
                {row.openSignals} open signalen, {row.overdueActions} verlopen afspraken, {row.participationDeviations} projecten met minder inspraak dan gepland; laatste leefbaarheidsgesprek {formatDate(row.lastConversation)}.
              </Paragraph>
              {row.urgentSignals.length > 0 && (
                <ul className="utrecht-unordered-list">
                  {row.urgentSignals.map((signal) => (
                    <li key={signal.id} className="utrecht-unordered-list__item">
                      <AppLink to={`/werk/signalen/${signal.id}`}>{signal.reference}</AppLink>: {signal.excerpt}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      )}
      <section aria-labelledby="collegeagenda">
        <Heading level={2} id="collegeagenda">Voor de collegeagenda</Heading>
        {agenda.isPending && <Loading />}
        {agenda.data?.meetings.length === 0 && <Paragraph>Nog geen thema’s voor het college.</Paragraph>}
        {agenda.data?.meetings.map((meeting) => (
          <div key={meeting.date ?? 'geen'}>
            <Heading level={3}>{meeting.date ? `Collegevergadering ${formatDate(meeting.date)}` : 'Nog niet ingepland'}</Heading>
            <ul className="utrecht-unordered-list">
              {meeting.items.map((item) => (
                <li key={item.id} className="utrecht-unordered-list__item">
                  <strong>{item.title}</strong> ({item.area.name}, {item.themeLabel}; {COLLEGE_ITEM_STATUS_LABELS[item.status].toLowerCase()}): {item.note}
                  {item.markedBy && <span className="programme-note">Aangedragen door {item.markedBy}</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
      {hasRole(me, 'connector', 'coordinator', 'alderman') && <MarkForm />}
      <CollegeVisits canManage={hasRole(me, 'administrator', 'coordinator')} />
    </>
  );
}

function MarkForm() {
  const areas = useAreas();
  const mark = useMarkForCollege();
  const feedback = useFormFeedback();
  const [form, setForm] = useState({ areaId: '', theme: 'veiligheid', title: '', note: '', collegeMeetingOn: '' });
  const set = (key: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));
  const fields = { title: { id: 'college-titel', label: 'Thema' }, note: { id: 'college-toelichting', label: 'Toelichting' } };
  const areaId = form.areaId || areas.data?.find((a) => a.isMine)?.id || areas.data?.[0]?.id || '';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = [];
    if (form.title.trim().length < 3) found.push({ fieldId: fields.title.id, message: 'Thema: minstens 3 tekens.' });
    if (form.note.trim().length < 3) found.push({ fieldId: fields.note.id, message: 'Toelichting: een korte toelichting.' });
    if (!feedback.check(found)) return;
    mark.mutate(
      { areaId, theme: form.theme as Theme, title: form.title, note: form.note, collegeMeetingOn: form.collegeMeetingOn || null },
      { onSuccess: () => setForm((c) => ({ ...c, title: '', note: '' })), onError: (error) => feedback.fail(error, fields, fields.title.id) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="college-kop">
      <Heading level={2} id="college-kop">Thema voor de collegeagenda</Heading>
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} />
      {mark.isSuccess && <Alert type="ok">Op de lijst voor het college gezet.</Alert>}
      <SelectField id="college-gebied" label="Gebied" value={areaId} onValueChange={set('areaId')}>
        {areas.data?.map((area) => (
          <option key={area.id} value={area.id}>{area.name}</option>
        ))}
      </SelectField>
      <SelectField id="college-thema" label="Onderwerp" value={form.theme} onValueChange={set('theme')}>
        {THEME_KEYS.map((theme) => (
          <option key={theme} value={theme}>{THEMES[theme].label}</option>
        ))}
      </SelectField>
      <TextField id={fields.title.id} label="Thema in één zin" value={form.title} onValueChange={set('title')} error={feedback.errorFor(fields.title.id)} />
      <TextAreaField id={fields.note.id} label="Korte toelichting" value={form.note} onValueChange={set('note')} error={feedback.errorFor(fields.note.id)} rows={3} maxLength={2000} />
      <TextField id="college-datum" label="Collegevergadering (niet verplicht)" type="date" value={form.collegeMeetingOn} onValueChange={set('collegeMeetingOn')} />
      <Button type="submit" busy={mark.isPending}>Op de collegeagenda zetten</Button>
    </form>
  );
}
