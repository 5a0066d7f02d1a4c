import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { request } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { TextField } from '../../components/FormField.js';
import { Heading } from '../../components/Heading.js';
import { useFormFeedback } from '../signals/form-kit.js';

const toCents = (text: string) => (text.trim() ? Math.round(Number(text.replace(/[€\s.]/g, '').replace(',', '.')) * 100) : null);

/** A budget for initiatives, such as this year's leefbaarheidsbudget, with a maximum per initiative. */
export function BudgetForm() {
  const client = useQueryClient();
  const feedback = useFormFeedback();
  const create = useMutation({
    mutationFn: (body: unknown) => request('POST', '/api/v1/budgets', { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['initiatives', 'budgets'] }),
  });
  const [form, setForm] = useState({ name: 'Leefbaarheidsbudget', year: String(new Date().getFullYear()), total: '', max: '' });
  const set = (key: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));
  const fields = { name: { id: 'budget-naam', label: 'Naam' }, totalCents: { id: 'budget-totaal', label: 'Totaal' }, maxPerInitiativeCents: { id: 'budget-max', label: 'Maximum per initiatief' } };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const total = toCents(form.total);
    const max = toCents(form.max);
    const found = [];
    if (form.name.trim().length < 3) found.push({ fieldId: fields.name.id, message: 'Naam: minstens 3 tekens.' });
    if (total === null || !Number.isFinite(total) || total < 0) found.push({ fieldId: fields.totalCents.id, message: 'Totaal: een bedrag in euro.' });
    if (max !== null && !Number.isFinite(max)) found.push({ fieldId: fields.maxPerInitiativeCents.id, message: 'Maximum per initiatief: een bedrag in euro.' });
    if (!feedback.check(found)) return;
    create.mutate({ name: form.name, year: Number(form.year), totalCents: total, maxPerInitiativeCents: max }, { onError: (error) => feedback.fail(error, fields, fields.name.id) });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="budget-kop">
      <Heading level={3} id="budget-kop">Budget vastleggen</Heading>
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} />
      {create.isSuccess && <Alert type="ok">Budget vastgelegd.</Alert>}
      <TextField id={fields.name.id} label="Naam" value={form.name} onValueChange={set('name')} error={feedback.errorFor(fields.name.id)} />
      <TextField id="budget-jaar" label="Jaar" type="number" value={form.year} onValueChange={set('year')} />
      <TextField id={fields.totalCents.id} label="Totaal in euro" inputMode="decimal" value={form.total} onValueChange={set('total')} error={feedback.errorFor(fields.totalCents.id)} />
      <TextField id={fields.maxPerInitiativeCents.id} label="Maximum per initiatief in euro (niet verplicht)" inputMode="decimal" value={form.max} onValueChange={set('max')} error={feedback.errorFor(fields.maxPerInitiativeCents.id)} />
      <Button type="submit" busy={create.isPending}>Budget vastleggen</Button>
    </form>
  );
}
