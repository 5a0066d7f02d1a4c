import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/FormField.js';
import { errorMessage } from '../../api/client.js';
import type { z } from 'zod';
import { MEETING_STATUS_LABELS, type CollegeVisitCoverageSchema } from '../../../shared/schemas/meeting.js';
import { request } from '../../api/client.js';
import { Heading } from '../../components/Heading.js';
import { Paragraph } from '../../components/Paragraph.js';
import { formatDate } from '../programme/api.js';

/** Per term of office: which areas the college visited for its half-day, and which it has yet to visit. */
export function CollegeVisits({ canManage }: { canManage: boolean }) {
  const coverage = useQuery({
    queryKey: ['meetings', 'college-visits'],
    queryFn: () => request<z.infer<typeof CollegeVisitCoverageSchema>>('GET', '/api/v1/college-visits/coverage'),
    retry: false,
  });
  const data = coverage.data;
  if (!data) return canManage && coverage.isError ? <TermForm /> : null;
  return (
    <section aria-labelledby="collegebezoeken">
      <Heading level={2} id="collegebezoeken">Collegebezoeken {data.term.name}</Heading>
      <Paragraph>
        Het college bezoekt elke wijk en kern eens per collegeperiode een dagdeel: {data.visited} van de {data.total} bezocht.
      </Paragraph>
      <ul className="utrecht-unordered-list">
        {data.areas.map((row) => (
          <li key={row.area.id} className="utrecht-unordered-list__item">
            {row.area.name}: {row.visit ? `${MEETING_STATUS_LABELS[row.visit.status].toLowerCase()} op ${formatDate(row.visit.startsAt)}` : 'nog niet bezocht of gepland'}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The college's term of office, so that visits can be counted per term. */
function TermForm() {
  const client = useQueryClient();
  const year = new Date().getFullYear();
  const [form, setForm] = useState({ name: `${year}–${year + 4}`, startsOn: `${year}-04-01`, endsOn: `${year + 4}-03-31` });
  const create = useMutation({
    mutationFn: () => request('POST', '/api/v1/college-terms', { body: form }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['meetings', 'college-visits'] }),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="periode-kop">
      <Heading level={2} id="periode-kop">Collegeperiode vastleggen</Heading>
      <Paragraph>Leg de collegeperiode vast om per periode te zien welke gebieden het college bezocht.</Paragraph>
      {create.isError && <Alert type="error">{errorMessage(create.error)}</Alert>}
      <TextField id="periode-naam" label="Naam" value={form.name} onValueChange={(name) => setForm((c) => ({ ...c, name }))} />
      <TextField id="periode-begin" label="Begin" type="date" value={form.startsOn} onValueChange={(startsOn) => setForm((c) => ({ ...c, startsOn }))} />
      <TextField id="periode-einde" label="Einde" type="date" value={form.endsOn} onValueChange={(endsOn) => setForm((c) => ({ ...c, endsOn }))} />
      <Button type="submit" busy={create.isPending}>Vastleggen</Button>
    </form>
  );
}
