import { type FormEvent, useState } from 'react';
import type { Meeting, MeetingUpdate } from '../../../shared/schemas/meeting.js';
import { errorMessage } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { SelectField, TextField } from '../../components/FormField.js';
import { Heading } from '../../components/Heading.js';
import { useMeetingChange } from './api.js';

/** Adds a point of one's own to a section of the prefilled agenda. */
export function AgendaItemForm({ meeting }: { meeting: Meeting }) {
  const { update } = useMeetingChange(meeting.id);
  const [section, setSection] = useState(meeting.agenda[0]?.key ?? '');
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError('Agendapunt: vul de tekst in.');
      return;
    }
    setError(undefined);
    const agenda = meeting.agenda.map((s) => ({ ...s, items: s.key === section ? [...s.items, { text: text.trim(), source: null }] : s.items }));
    update.mutate({ agenda: agenda as MeetingUpdate['agenda'] }, { onSuccess: () => setText('') });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="agendapunt-kop">
      <Heading level={3} id="agendapunt-kop">Agendapunt toevoegen</Heading>
      {update.isError && <Alert type="error">{errorMessage(update.error)}</Alert>}
      <SelectField id="agendapunt-fase" label="Onderdeel" value={section} onValueChange={setSection}>
        {meeting.agenda.map((s) => (
          <option key={s.key} value={s.key}>{s.title}</option>
        ))}
      </SelectField>
      <TextField id="agendapunt-tekst" label="Agendapunt" value={text} onValueChange={setText} error={error} maxLength={1000} />
      <Button type="submit" busy={update.isPending}>Toevoegen</Button>
    </form>
  );
}
