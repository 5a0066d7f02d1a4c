import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary.js';
import { SelectField, TextField } from '../../components/FormField.js';
import { AppLink } from '../../components/Link.js';
import type { Colleague } from '../directory/api.js';
import { TextAreaField, useFormFeedback } from '../signals/form-kit.js';
import { formatDate, isoDateInDays } from '../signals/labels.js';
import type { TriageResult } from '../signals/types.js';
import { useCreateReferral } from './api.js';

const FIELDS = {
  specialistId: { id: 'verzoek-specialist', label: 'Specialist' },
  question: { id: 'verzoek-vraag', label: 'Vraag' },
  dueOn: { id: 'verzoek-termijn', label: 'Graag antwoord vóór' },
};

interface ReferralFormProps {
  signalId: string;
  colleagues: Colleague[];
  /** The specialists the triage suggested: offered first. */
  suggested: TriageResult['specialists'];
}

/** Brings in a specialist: who, the question and a due date; the specialist gets an e-mail with a link. */
export function ReferralForm({ signalId, colleagues, suggested }: ReferralFormProps) {
  const suggestedIds = useMemo(() => [...new Set(suggested.map((s) => s.userId).filter((id): id is string => Boolean(id)))], [suggested]);
  const [specialistId, setSpecialistId] = useState(suggestedIds[0] ?? '');
  const [question, setQuestion] = useState('');
  const [dueOn, setDueOn] = useState(isoDateInDays(7));
  const [sentTo, setSentTo] = useState<string>();
  const feedback = useFormFeedback();
  const create = useCreateReferral(signalId);
  const firstSuggested = suggestedIds[0];

  // Suggestions may arrive after the form: take the first one, unless a colleague was chosen already.
  useEffect(() => {
    if (firstSuggested) setSpecialistId((current) => current || firstSuggested);
  }, [firstSuggested]);

  const byName = (a: Colleague, b: Colleague) => a.name.localeCompare(b.name, 'nl');
  const proposed = colleagues.filter((c) => suggestedIds.includes(c.id)).sort(byName);
  const specialists = colleagues.filter((c) => !suggestedIds.includes(c.id) && c.roles.includes('specialist')).sort(byName);
  const others = colleagues.filter((c) => !suggestedIds.includes(c.id) && !c.roles.includes('specialist')).sort(byName);
  const domainOf = (id: string) => suggested.find((s) => s.userId === id)?.domain;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSentTo(undefined);
    const found: FieldError[] = [];
    if (!specialistId) found.push({ fieldId: FIELDS.specialistId.id, message: 'Specialist: kies aan wie u het vraagt.' });
    if (question.trim().length < 5) found.push({ fieldId: FIELDS.question.id, message: 'Vraag: schrijf uw vraag (minstens 5 tekens).' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueOn)) found.push({ fieldId: FIELDS.dueOn.id, message: 'Graag antwoord vóór: kies een datum.' });
    else if (dueOn < isoDateInDays(0)) found.push({ fieldId: FIELDS.dueOn.id, message: 'Graag antwoord vóór: die datum ligt in het verleden.' });
    if (!feedback.check(found)) return;
    create.mutate(
      { specialistId, question: question.trim(), dueOn },
      {
        onSuccess: (referral) => {
          setSentTo(`Verzoek verstuurd aan ${referral.specialist.name}, met antwoord graag vóór ${formatDate(referral.dueOn)}. Zij of hij krijgt een e-mail met een link.`);
          setQuestion('');
        },
        onError: (error) => feedback.fail(error, FIELDS, FIELDS.question.id),
      },
    );
  };

  const option = (colleague: Colleague) => (
    <option key={colleague.id} value={colleague.id}>
      {colleague.name}
      {colleague.jobTitle || colleague.department ? ` — ${[colleague.jobTitle, colleague.department].filter(Boolean).join(', ')}` : ''}
      {domainOf(colleague.id) ? ` (voorgesteld voor ${domainOf(colleague.id)})` : ''}
    </option>
  );

  return (
    <form className="utrecht-form form" noValidate onSubmit={handleSubmit} aria-labelledby="verzoek-nieuw">
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} headingId="verzoek-fouten" />
      <SelectField
        id={FIELDS.specialistId.id}
        label="Aan wie vraagt u het?"
        description={
          <>
            Niet zeker wie erover gaat? Kijk in de <AppLink to="/werk/wegwijzer">wegwijzer</AppLink>.
          </>
        }
        value={specialistId}
        onValueChange={setSpecialistId}
        error={feedback.errorFor(FIELDS.specialistId.id)}
      >
        <option value="">Kies een collega</option>
        {proposed.length > 0 && <optgroup label="Voorgesteld bij binnenkomst">{proposed.map(option)}</optgroup>}
        {specialists.length > 0 && <optgroup label="Specialisten">{specialists.map(option)}</optgroup>}
        {others.length > 0 && <optgroup label="Andere collega’s">{others.map(option)}</optgroup>}
      </SelectField>
      <TextAreaField
        id={FIELDS.question.id}
        label="Uw vraag"
        description="Wat wilt u weten of afspreken? De specialist ziet ook de tekst van het signaal."
        value={question}
        onValueChange={setQuestion}
        error={feedback.errorFor(FIELDS.question.id)}
        rows={3}
      />
      <TextField
        id={FIELDS.dueOn.id}
        label="Graag antwoord vóór"
        type="date"
        min={isoDateInDays(0)}
        value={dueOn}
        onValueChange={setDueOn}
        error={feedback.errorFor(FIELDS.dueOn.id)}
      />
      {sentTo && <Alert type="ok">{sentTo}</Alert>}
      <Button type="submit" appearance="primary" busy={create.isPending} disabled={create.isPending}>
        {create.isPending ? 'Bezig met versturen…' : 'Verzoek versturen'}
      </Button>
    </form>
  );
}
