import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { request } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { SelectField, TextField } from '../../components/FormField.js';
import { Heading } from '../../components/Heading.js';
import { useAreas } from '../areas/use-areas.js';
import { TextAreaField, useFormFeedback } from '../signals/form-kit.js';

/** An initiative that came in by phone, at a spreekuur or in a conversation, recorded by the connector. */
export function StaffInitiativeForm() {
  const areas = useAreas();
  const client = useQueryClient();
  const navigate = useNavigate();
  const feedback = useFormFeedback();
  const create = useMutation({
    mutationFn: (body: unknown) => request<{ id: string }>('POST', '/api/v1/initiatives/staff', { body }),
    onSuccess: (created) => {
      client.invalidateQueries({ queryKey: ['initiatives'] });
      navigate(`/werk/initiatieven/${created.id}`);
    },
  });
  const [form, setForm] = useState({ areaId: '', title: '', description: '', initiatorGroup: '' });
  const set = (key: keyof typeof form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));
  const fields = { title: { id: 'nieuw-initiatief-titel', label: 'Titel' }, description: { id: 'nieuw-initiatief-beschrijving', label: 'Beschrijving' } };
  const areaId = form.areaId || areas.data?.find((a) => a.isMine)?.id || areas.data?.[0]?.id || '';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = [];
    if (form.title.trim().length < 3) found.push({ fieldId: fields.title.id, message: 'Titel: minstens 3 tekens.' });
    if (form.description.trim().length < 10) found.push({ fieldId: fields.description.id, message: 'Beschrijving: minstens 10 tekens.' });
    if (!feedback.check(found)) return;
    create.mutate({ areaId, title: form.title, description: form.description, initiatorGroup: form.initiatorGroup || undefined }, { onError: (error) => feedback.fail(error, fields, fields.title.id) });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="nieuw-initiatief-kop">
      <Heading level={2} id="nieuw-initiatief-kop">Initiatief vastleggen namens bewoners</Heading>
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} />
      <SelectField id="nieuw-initiatief-gebied" label="Gebied" value={areaId} onValueChange={set('areaId')}>
        {areas.data?.map((area) => (
          <option key={area.id} value={area.id}>{area.name}</option>
        ))}
      </SelectField>
      <TextField id={fields.title.id} label="Titel" value={form.title} onValueChange={set('title')} error={feedback.errorFor(fields.title.id)} />
      <TextAreaField id={fields.description.id} label="Beschrijving" value={form.description} onValueChange={set('description')} error={feedback.errorFor(fields.description.id)} rows={3} />
      <TextField id="nieuw-initiatief-groep" label="Namens wie (niet verplicht)" value={form.initiatorGroup} onValueChange={set('initiatorGroup')} />
      <Button type="submit" busy={create.isPending}>Initiatief vastleggen</Button>
    </form>
  );
}
