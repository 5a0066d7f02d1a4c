import '../features/programme/programme.css';
import { type FormEvent, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { MEETING_KIND_LABELS, MEETING_STATUS_LABELS, MEETING_STATUSES } from '../../shared/schemas/meeting.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { Checkbox, SelectField, TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { useColleagues } from '../features/directory/api.js';
import { ActionsTable } from '../features/meetings/ActionsTable.js';
import { AgendaItemForm } from '../features/meetings/AgendaItemForm.js';
import { Invitations } from '../features/meetings/Invitations.js';
import { useMeeting, useMeetingChange } from '../features/meetings/api.js';
import { formatDateTime, formatTime } from '../features/programme/api.js';
import { TextAreaField, useFormFeedback } from '../features/signals/form-kit.js';

const SOURCE_LABELS: Record<string, string> = { figure: 'Kengetal', signal: 'Signaal', project: 'Project', initiative: 'Initiatief', action: 'Afspraak' };

/** One meeting: its agenda (prefilled from the area), the agreements as actions, and the minutes. */
export function MeetingDetailPage() {
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  const me = useMe().data;
  const canEdit = hasRole(me, 'connector', 'coordinator');
  usePageTitle(meeting.data?.title ?? 'Bijeenkomst');
  const data = meeting.data;
  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to="/werk/bijeenkomsten">Bijeenkomsten</AppLink>
        {data && (
          <>
            {' › '}
            <AppLink to={`/werk/gebieden/${data.area.id}`}>{data.area.name}</AppLink>
          </>
        )}
      </p>
      <Heading level={1}>{data ? `${MEETING_KIND_LABELS[data.kind]}: ${data.title}` : 'Bijeenkomst'}</Heading>
      {meeting.isPending && <Loading />}
      {meeting.isError && <Alert type="error">{errorMessage(meeting.error)}</Alert>}
      {data && (
        <>
          <Paragraph lead>
            {formatDateTime(data.startsAt)}–{formatTime(data.endsAt)}
            {data.location && `, ${data.location}`}. {MEETING_STATUS_LABELS[data.status]}
            {data.isPublic ? ', openbaar.' : ', niet openbaar.'}
          </Paragraph>
          <section aria-labelledby="agenda">
            <Heading level={2} id="agenda">
              Agenda{data.format ? ` (${data.format.name})` : ''}
            </Heading>
            <ol className="utrecht-ordered-list meeting-agenda">
              {data.agenda.map((section) => (
                <li key={section.key} className="utrecht-ordered-list__item">
                  <Heading level={3}>{section.title}</Heading>
                  {section.prompt && <Paragraph small>{section.prompt}</Paragraph>}
                  {section.items.length > 0 && (
                    <ul className="utrecht-unordered-list">
                      {section.items.map((item, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed agenda list, rendered as it came
                        <li key={`${section.key}-${index}`} className="utrecht-unordered-list__item">
                          {item.source?.type === 'signal' ? (
                            <AppLink to={`/werk/signalen/${item.source.id}`}>{item.text}</AppLink>
                          ) : (
                            <>
                              {item.source && <span className="programme-tag">{SOURCE_LABELS[item.source.type] ?? item.source.type}</span>} {item.text}
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
            {canEdit && <AgendaItemForm meeting={data} />}
          </section>
          <Invitations meeting={data} canEdit={canEdit} />
          <section aria-labelledby="afspraken">
            <Heading level={2} id="afspraken">
              Afspraken
            </Heading>
            {data.actions.length === 0 ? <Paragraph>Nog geen afspraken vastgelegd.</Paragraph> : <ActionsTable actions={data.actions} caption="Afspraken van deze bijeenkomst" canClose={canEdit} />}
            {canEdit && <AgreementForm meetingId={data.id} />}
          </section>
          {canEdit ? (
            <MinutesForm meetingId={data.id} initial={data} />
          ) : (
            data.minutes && (
              <section aria-labelledby="verslag">
                <Heading level={2} id="verslag">Verslag</Heading>
                <Paragraph>{data.minutes}</Paragraph>
              </section>
            )
          )}
        </>
      )}
    </>
  );
}

function AgreementForm({ meetingId }: { meetingId: string }) {
  const { addAction } = useMeetingChange(meetingId);
  const colleagues = useColleagues();
  const feedback = useFormFeedback();
  const [form, setForm] = useState({ text: '', ownerUserId: '', ownerName: '', dueOn: '' });
  const set = (key: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));
  const fields = { text: { id: 'afspraak-tekst', label: 'Afspraak' }, ownerName: { id: 'afspraak-naam', label: 'Eigenaar' }, dueOn: { id: 'afspraak-datum', label: 'Vóór' } };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = [];
    if (form.text.trim().length < 3) found.push({ fieldId: fields.text.id, message: 'Afspraak: beschrijf de afspraak.' });
    if (!form.ownerUserId && !form.ownerName.trim()) found.push({ fieldId: fields.ownerName.id, message: 'Eigenaar: kies een collega of vul een naam in.' });
    if (!feedback.check(found)) return;
    addAction.mutate(
      { text: form.text, ownerUserId: form.ownerUserId || null, ownerName: form.ownerUserId ? null : form.ownerName, dueOn: form.dueOn || null },
      { onSuccess: () => setForm({ text: '', ownerUserId: '', ownerName: '', dueOn: '' }), onError: (error) => feedback.fail(error, fields, fields.text.id) },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="afspraak-kop">
      <Heading level={3} id="afspraak-kop">
        Afspraak vastleggen
      </Heading>
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} />
      <TextField id={fields.text.id} label="Afspraak" value={form.text} onValueChange={set('text')} error={feedback.errorFor(fields.text.id)} maxLength={1000} />
      <SelectField id="afspraak-collega" label="Eigenaar: een collega" value={form.ownerUserId} onValueChange={set('ownerUserId')}>
        <option value="">— geen collega (vul hieronder een naam in) —</option>
        {colleagues.data?.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
            {person.department ? ` (${person.department})` : ''}
          </option>
        ))}
      </SelectField>
      <TextField id={fields.ownerName.id} label="Of: naam van de eigenaar (partner, bewoner)" value={form.ownerName} onValueChange={set('ownerName')} error={feedback.errorFor(fields.ownerName.id)} disabled={Boolean(form.ownerUserId)} />
      <TextField id={fields.dueOn.id} label="Vóór (datum)" type="date" value={form.dueOn} onValueChange={set('dueOn')} />
      <Button type="submit" busy={addAction.isPending}>
        Afspraak vastleggen
      </Button>
    </form>
  );
}

type Participant = { name: string; organisation: string; userId: string | null };
const participantsText = (participants: Participant[]) => participants.map((p) => (p.organisation ? `${p.name}, ${p.organisation}` : p.name)).join('\n');

/** "Naam, organisatie" per line; a name that was a colleague stays linked to that colleague. */
function parseParticipants(text: string, before: Participant[]): Participant[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [name = '', ...rest] = line.split(',');
      const known = before.find((p) => p.name === name.trim());
      return { name: name.trim().slice(0, 120), organisation: rest.join(',').trim().slice(0, 120), userId: known?.userId ?? null };
    });
}

function MinutesForm({ meetingId, initial }: { meetingId: string; initial: { minutes: string; outcomes: string; publicSummary: string; status: string; isPublic: boolean; participants: Participant[] } }) {
  const { update } = useMeetingChange(meetingId);
  const [form, setForm] = useState({ ...initial, participantsText: participantsText(initial.participants) });
  const [saved, setSaved] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: any edit hides the "opgeslagen" notice
  useEffect(() => setSaved(false), [form]);
  const set = (key: keyof typeof form) => (value: string | boolean) => setForm((current) => ({ ...current, [key]: value }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { minutes: form.minutes, outcomes: form.outcomes, publicSummary: form.publicSummary, status: form.status as 'planned', isPublic: form.isPublic, participants: parseParticipants(form.participantsText, initial.participants) },
      { onSuccess: () => setSaved(true) },
    );
  };
  return (
    <section aria-labelledby="verslag">
      <Heading level={2} id="verslag">
        Verslag en uitkomsten
      </Heading>
      {update.isError && <Alert type="error">{errorMessage(update.error)}</Alert>}
      {saved && <Alert type="ok">Opgeslagen.</Alert>}
      <form onSubmit={onSubmit} noValidate>
        <SelectField id="verslag-status" label="Status" value={form.status} onValueChange={set('status')}>
          {MEETING_STATUSES.map((status) => (
            <option key={status} value={status}>
              {MEETING_STATUS_LABELS[status]}
            </option>
          ))}
        </SelectField>
 <TextAreaField id="verslag-deelnemers" label="Deelnemers" description="Eén per regel: naam, organisatie." value={form.participantsText} onValueChange={set('participantsText')} rows={4} />
        <TextAreaField id="verslag-tekst" label="Verslag (intern)" value={form.minutes} onValueChange={set('minutes')} rows={6} maxLength={20000} />
        <TextAreaField id="verslag-uitkomsten" label="Uitkomsten" value={form.outcomes} onValueChange={set('outcomes')} rows={3} maxLength={10000} />
        <TextAreaField id="verslag-publiek" label="Samenvatting voor de gebiedspagina" description="Wat inwoners zien; zonder namen." value={form.publicSummary} onValueChange={set('publicSummary')} rows={3} />
        <Checkbox id="verslag-openbaar" label="Openbaar" checked={form.isPublic} onCheckedChange={set('isPublic')} />
        <Button type="submit" busy={update.isPending}>
          Verslag opslaan
        </Button>
      </form>
    </section>
  );
}
