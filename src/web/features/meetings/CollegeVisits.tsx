import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { MEETING_STATUS_LABELS } from '../../../shared/schemas/meeting.js';
import type { CollegeTermSchema, CollegeVisitCoverageSchema } from '../../../shared/schemas/college.js';
import { errorMessage, request } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { Button, ButtonGroup } from '../../components/Button.js';
import { SelectField, TextField } from '../../components/FormField.js';
import { Heading } from '../../components/Heading.js';
import { Paragraph, VisuallyHidden } from '../../components/Paragraph.js';
import { formatDate } from '../programme/api.js';

type Term = z.infer<typeof CollegeTermSchema>;
const KEY = ['meetings', 'college-visits'];

/**
 * Per term of office: which areas the college visited for its half-day, and which it has yet to visit. The
 * view opens on the term running today; coordinators and administrators keep the terms (add the next one
 * ahead of the elections, correct a name or a date).
 */
export function CollegeVisits({ canManage }: { canManage: boolean }) {
  const [termId, setTermId] = useState('');
  const terms = useQuery({ queryKey: [...KEY, 'terms'], queryFn: () => request<Term[]>('GET', '/api/v1/college-terms') });
  const coverage = useQuery({
    queryKey: [...KEY, termId],
    queryFn: () => request<z.infer<typeof CollegeVisitCoverageSchema>>('GET', `/api/v1/college-visits/coverage${termId ? `?termId=${encodeURIComponent(termId)}` : ''}`),
    retry: false,
  });
  const data = coverage.data;
  return (
    <>
      {data && (
        <section aria-labelledby="collegebezoeken">
          <Heading level={2} id="collegebezoeken">Collegebezoeken {data.term.name}</Heading>
          {(terms.data?.length ?? 0) > 1 && (
            <SelectField id="bezoeken-periode" label="Collegeperiode" value={termId || data.term.id} onValueChange={setTermId}>
              {terms.data?.map((term) => (
                <option key={term.id} value={term.id}>
                  {term.name}
                </option>
              ))}
            </SelectField>
          )}
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
      )}
      {canManage && terms.data && <Terms terms={terms.data} />}
    </>
  );
}

const DAY = 86_400_000;
const nextDay = (date: string) => new Date(Date.parse(`${date}T12:00:00Z`) + DAY).toISOString().slice(0, 10);
/** The day before the same date four years on: a term that starts 1 April ends 31 March four years later. */
const fourYearsOn = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + 4, month - 1, day, 12) - DAY).toISOString().slice(0, 10);
};

/** The municipality's college terms, each correctable, and a form for the next one (after the last, four years). */
function Terms({ terms }: { terms: readonly Term[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  // Newest first: the next term starts the day after the last one ends.
  const last = terms[0];
  const startsOn = last ? nextDay(last.endsOn) : `${new Date().getFullYear()}-04-01`;
  const year = Number(startsOn.slice(0, 4));
  const next = { name: `${year}–${year + 4}`, startsOn, endsOn: fourYearsOn(startsOn) };
  return (
    <section aria-labelledby="collegeperioden">
      <Heading level={2} id="collegeperioden">Collegeperioden</Heading>
      {terms.length === 0 && <Paragraph>Leg de collegeperiode vast om per periode te zien welke gebieden het college bezocht.</Paragraph>}
      <ul className="utrecht-unordered-list">
        {terms.map((term) =>
          editing === term.id ? (
            <li key={term.id} className="utrecht-unordered-list__item">
              <TermForm term={term} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <li key={term.id} className="utrecht-unordered-list__item">
              {term.name}: {formatDate(term.startsOn)} tot en met {formatDate(term.endsOn)}{' '}
              <Button onClick={() => setEditing(term.id)}>
                Wijzigen<VisuallyHidden>: collegeperiode {term.name}</VisuallyHidden>
              </Button>
            </li>
          ),
        )}
      </ul>
      {created && <Alert type="ok">Collegeperiode {created} vastgelegd.</Alert>}
      <TermForm key={`${next.name}-${terms.length}`} proposal={next} onDone={setCreated} />
    </section>
  );
}

/** A new term (`proposal` prefilled) or a correction of `term`. */
function TermForm({ term, proposal, onDone }: { term?: Term; proposal?: Omit<Term, 'id'>; onDone?: (name: string) => void }) {
  const client = useQueryClient();
  const start = term ?? proposal ?? { name: '', startsOn: '', endsOn: '' };
  const [form, setForm] = useState({ name: start.name, startsOn: start.startsOn, endsOn: start.endsOn });
  const prefix = term ? `periode-${term.id}` : 'periode-nieuw';
  const save = useMutation({
    mutationFn: () => (term ? request('PATCH', `/api/v1/college-terms/${encodeURIComponent(term.id)}`, { body: form }) : request('POST', '/api/v1/college-terms', { body: form })),
    onSuccess: async () => {
      onDone?.(form.name);
      await client.invalidateQueries({ queryKey: KEY });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${prefix}-kop`}>
      {term ? (
        <p id={`${prefix}-kop`}>
          <strong>Collegeperiode {term.name} wijzigen</strong>
        </p>
      ) : (
        <Heading level={3} id={`${prefix}-kop`}>Nieuwe collegeperiode</Heading>
      )}
      {save.isError && <Alert type="error">{errorMessage(save.error)}</Alert>}
      <TextField id={`${prefix}-naam`} label="Naam" value={form.name} onValueChange={(name) => setForm((c) => ({ ...c, name }))} />
      <TextField id={`${prefix}-begin`} label="Begin" type="date" value={form.startsOn} onValueChange={(startsOn) => setForm((c) => ({ ...c, startsOn }))} />
      <TextField id={`${prefix}-einde`} label="Einde" type="date" value={form.endsOn} onValueChange={(endsOn) => setForm((c) => ({ ...c, endsOn }))} />
      <ButtonGroup>
        <Button type="submit" appearance={term ? 'primary' : 'secondary'} busy={save.isPending}>
          {term ? 'Opslaan' : 'Vastleggen'}
        </Button>
        {term && <Button onClick={() => onDone?.(term.name)}>Annuleren</Button>}
      </ButtonGroup>
    </form>
  );
}
