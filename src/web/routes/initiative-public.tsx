import '../features/programme/programme.css';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PublicInitiativeInputSchema } from '../../shared/schemas/initiative.js';
import { Alert } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { Checkbox, Fieldset, TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useSubmitInitiative } from '../features/initiatives/api.js';
import { usePublicCard } from '../features/lookup/use-lookup.js';
import { toFieldErrors } from '../features/signals/form-errors.js';
import { TextAreaField, useFormFeedback } from '../features/signals/form-kit.js';

const FIELDS = {
  title: { id: 'initiatief-titel', label: 'Titel' },
  description: { id: 'initiatief-beschrijving', label: 'Uw idee' },
  initiatorGroup: { id: 'initiatief-groep', label: 'Namens wie' },
  helpWanted: { id: 'initiatief-hulp', label: 'Wat vraagt u van de gemeente' },
  amountRequestedCents: { id: 'initiatief-bedrag', label: 'Bedrag' },
  'contact.name': { id: 'initiatief-naam', label: 'Naam' },
  'contact.email': { id: 'initiatief-email', label: 'E-mailadres' },
  'contact.phone': { id: 'initiatief-telefoon', label: 'Telefoonnummer' },
  'contact.consent': { id: 'initiatief-toestemming', label: 'Toestemming' },
  contact: { id: 'initiatief-email', label: 'Contact' },
};

/** "€ 1.250,50" or "1250" → cents; undefined when empty, NaN when not a number. */
function toCents(text: string): number | undefined {
  const cleaned = text.replace(/[€\s.]/g, '').replace(',', '.');
  if (!cleaned) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? Math.round(value * 100) : Number.NaN;
}

/** A resident submits an idea for the area, without an account, and gets a link to follow it. */
export function InitiativePublicPage() {
  const [params] = useSearchParams();
  const municipality = params.get('gemeente') ?? '';
  const areaId = params.get('gebied') ?? '';
  const card = usePublicCard(areaId);
  usePageTitle('Bewonersinitiatief indienen');
  const submit = useSubmitInitiative();
  const feedback = useFormFeedback();
  const [form, setForm] = useState({ title: '', description: '', initiatorGroup: '', helpWanted: '', amount: '', name: '', email: '', phone: '', consent: false });
  const set = (key: keyof typeof form) => (value: string | boolean) => setForm((current) => ({ ...current, [key]: value }));

  if (submit.data) {
    return (
      <>
        <Heading level={1}>Uw initiatief is ontvangen</Heading>
        <Alert type="ok">
          Bedankt! Uw initiatief heeft kenmerk <strong>{submit.data.reference}</strong>. De wijkverbinder neemt contact met u op voor een kennismakingsgesprek.
        </Alert>
        <Paragraph>
          Bewaar deze link: daar ziet u wat er met uw initiatief gebeurt.{' '}
          <AppLink to={`/initiatief/volgen/${submit.data.trackingToken}`}>Volg uw initiatief {submit.data.reference}</AppLink>
        </Paragraph>
      </>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      municipality,
      areaId: areaId || undefined,
      title: form.title,
      description: form.description,
      initiatorGroup: form.initiatorGroup || undefined,
      helpWanted: form.helpWanted,
      amountRequestedCents: toCents(form.amount),
      contact: { name: form.name || undefined, email: form.email || undefined, phone: form.phone || undefined, consent: form.consent },
    };
    const parsed = PublicInitiativeInputSchema.safeParse(body);
    if (!feedback.check(parsed.success ? [] : toFieldErrors(parsed.error.issues, FIELDS, FIELDS.title.id))) return;
    submit.mutate(body as never, { onError: (error) => feedback.fail(error, FIELDS, FIELDS.title.id) });
  };

  return (
    <>
      <Heading level={1}>Bewonersinitiatief indienen</Heading>
      <Paragraph lead>
        Een idee voor {card.data ? card.data.areaName : 'uw wijk of kern'}? Vertel het ons. U heeft geen account nodig; de wijkverbinder neemt contact met u op.
      </Paragraph>
      {!municipality && (
        <Alert type="warning">
          Kies eerst uw gebied via <AppLink to="/">de zoekpagina</AppLink>; daar vindt u ook de link naar dit formulier.
        </Alert>
      )}
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} />
      <form onSubmit={onSubmit} noValidate>
        <TextField id={FIELDS.title.id} label="Titel van uw idee" value={form.title} onValueChange={set('title')} error={feedback.errorFor(FIELDS.title.id)} maxLength={200} />
        <TextAreaField id={FIELDS.description.id} label="Uw idee" description="Wat wilt u doen, waar, en voor wie?" value={form.description} onValueChange={set('description')} error={feedback.errorFor(FIELDS.description.id)} rows={6} />
        <TextField id={FIELDS.initiatorGroup.id} label="Namens wie (niet verplicht)" description="Bijvoorbeeld een bewonersgroep, straat of vereniging." value={form.initiatorGroup} onValueChange={set('initiatorGroup')} maxLength={200} />
        <TextAreaField id={FIELDS.helpWanted.id} label="Wat vraagt u van de gemeente (niet verplicht)" description="Geld, advies, contacten, een vergunning…" value={form.helpWanted} onValueChange={set('helpWanted')} error={feedback.errorFor(FIELDS.helpWanted.id)} rows={3} maxLength={2000} />
        <TextField id={FIELDS.amountRequestedCents.id} label="Bedrag dat u nodig denkt te hebben, in euro (niet verplicht)" inputMode="decimal" value={form.amount} onValueChange={set('amount')} error={feedback.errorFor(FIELDS.amountRequestedCents.id)} />
        <Fieldset legend="Hoe kunnen we u bereiken?">
          <TextField id={FIELDS['contact.name'].id} label="Naam (niet verplicht)" autoComplete="name" value={form.name} onValueChange={set('name')} />
          <TextField id={FIELDS['contact.email'].id} label="E-mailadres" type="email" autoComplete="email" description="Een e-mailadres of telefoonnummer is nodig." value={form.email} onValueChange={set('email')} error={feedback.errorFor(FIELDS['contact.email'].id)} />
          <TextField id={FIELDS['contact.phone'].id} label="Telefoonnummer" type="tel" autoComplete="tel" value={form.phone} onValueChange={set('phone')} error={feedback.errorFor(FIELDS['contact.phone'].id)} />
          <Checkbox
            id={FIELDS['contact.consent'].id}
            label="Ik geef toestemming om mijn gegevens te bewaren zolang mijn initiatief loopt"
            description="Alleen de wijkverbinder en de coördinator zien ze; daarna worden ze gewist."
            checked={form.consent}
            onCheckedChange={set('consent')}
            error={feedback.errorFor(FIELDS['contact.consent'].id)}
          />
        </Fieldset>
        <Button type="submit" appearance="primary" busy={submit.isPending} disabled={!municipality}>
          Initiatief indienen
        </Button>
      </form>
    </>
  );
}
