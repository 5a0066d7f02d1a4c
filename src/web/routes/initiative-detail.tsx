import '../features/programme/programme.css';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useParams } from 'react-router';
import { DECISION_LABELS, DECISIONS, INITIATIVE_STATUS_LABELS, type InitiativeStatus } from '../../shared/schemas/initiative.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { Checkbox, SelectField, TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { useBudgets, useInitiative, useInitiativeStep } from '../features/initiatives/api.js';
import { euro, formatDate, formatDateTime, useProgrammes } from '../features/programme/api.js';
import { TextAreaField } from '../features/signals/form-kit.js';

const toCents = (text: string) => (text.trim() ? Math.round(Number(text.replace(/[€\s.]/g, '').replace(',', '.')) * 100) : null);

/** One initiative as guided work: intake, advice with a budget, decision, follow-up, publication. */
export function InitiativeDetailPage() {
  const { id = '' } = useParams();
  const initiative = useInitiative(id);
  const me = useMe().data;
  const canAct = hasRole(me, 'connector', 'coordinator');
  const data = initiative.data;
  usePageTitle(data ? `${data.reference} ${data.title}` : 'Initiatief');
  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to="/werk/initiatieven">Bewonersinitiatieven</AppLink>
      </p>
      <Heading level={1}>{data ? `${data.reference}: ${data.title}` : 'Initiatief'}</Heading>
      {initiative.isPending && <Loading />}
      {initiative.isError && <Alert type="error">{errorMessage(initiative.error)}</Alert>}
      {data && (
        <>
          <Paragraph lead>
            {data.statusLabel}. Ontvangen {formatDate(data.receivedOn)}{data.area && ` voor ${data.area.name}`}{data.connector && `; wijkverbinder ${data.connector.name}`}.
          </Paragraph>
          <Paragraph>{data.description}</Paragraph>
          {data.initiatorGroup && <Paragraph>Namens: {data.initiatorGroup}</Paragraph>}
          {data.helpWanted && <Paragraph>Gevraagd: {data.helpWanted} {data.amountRequestedCents !== null && `(${euro(data.amountRequestedCents)})`}</Paragraph>}
          {data.contact && (
            <Paragraph small>
              Contact: {data.contact.erased ? 'gewist na de bewaartermijn' : [data.contact.name, data.contact.email, data.contact.phone].filter(Boolean).join(', ')}
            </Paragraph>
          )}
          {data.decision && (
            <Alert type={data.decision === 'rejected' ? 'warning' : 'ok'}>
              {DECISION_LABELS[data.decision]}{data.amountGrantedCents !== null && `: ${euro(data.amountGrantedCents)}`}{data.budget && ` uit ${data.budget.name} ${data.budget.year} (nog ${euro(data.budget.remainingCents)} over)`}. {data.decisionReason}
            </Alert>
          )}
          {data.projectId && <Paragraph>Dit initiatief is een project in het wijkprogramma.</Paragraph>}
          {canAct && <Steps id={id} status={data.status} areaId={data.area?.id} projectId={data.projectId} isPublic={data.isPublic} publicSummary={data.publicSummary} />}
          <Heading level={2}>Geschiedenis</Heading>
          <ul className="utrecht-unordered-list">
            {data.events.map((event) => (
              <li key={event.at + event.type} className="utrecht-unordered-list__item">
                {formatDateTime(event.at)} — {event.toStatus ? INITIATIVE_STATUS_LABELS[event.toStatus as InitiativeStatus] : event.type}
                {event.actor && ` (${event.actor})`}
                {event.note && `: ${event.note}`}
                {event.publicMessage && <span className="programme-note">Bericht aan de initiatiefnemer: {event.publicMessage}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function StepForm({ title, onSubmit, busy, error, children, button }: { title: string; onSubmit: () => void; busy: boolean; error: unknown; children: ReactNode; button: string }) {
  return (
    <form
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
      aria-label={title}
    >
      <Heading level={3}>{title}</Heading>
      {error ? <Alert type="error">{errorMessage(error)}</Alert> : null}
      {children}
      <Button type="submit" busy={busy}>{button}</Button>
    </form>
  );
}

function Steps({ id, status, areaId, projectId, isPublic, publicSummary }: { id: string; status: InitiativeStatus; areaId?: string; projectId: string | null; isPublic: boolean; publicSummary: string }) {
  const steps = useInitiativeStep(id);
  const budgets = useBudgets();
  const programmes = useProgrammes(areaId);
  const [intake, setIntake] = useState({ notes: '', message: '' });
  const [advice, setAdvice] = useState({ advice: '', budgetId: '', amount: '' });
  const [decision, setDecision] = useState({ decision: 'approved', reason: '', amount: '', message: '' });
  const [follow, setFollow] = useState({ text: '', status: '', message: '' });
  const [publication, setPublication] = useState({ isPublic, summary: publicSummary });
  const [programmeId, setProgrammeId] = useState('');
  const open = !['rejected', 'completed', 'withdrawn'].includes(status);
  return (
    <section aria-labelledby="stappen-kop" className="initiative-steps-forms">
      <Heading level={2} id="stappen-kop">Begeleiding</Heading>
      {open && ['submitted', 'intake', 'advice'].includes(status) && (
        <StepForm title="Kennismakingsgesprek" button="Gesprek vastleggen" busy={steps.intake.isPending} error={steps.intake.error} onSubmit={() => steps.intake.mutate({ intakeNotes: intake.notes, publicMessage: intake.message || undefined })}>
          <TextAreaField id="intake-notities" label="Verslag van het gesprek (intern)" value={intake.notes} onValueChange={(notes) => setIntake((c) => ({ ...c, notes }))} rows={3} />
          <TextAreaField id="intake-bericht" label="Bericht aan de initiatiefnemer (niet verplicht)" value={intake.message} onValueChange={(message) => setIntake((c) => ({ ...c, message }))} rows={2} maxLength={3000} />
        </StepForm>
      )}
      {open && ['submitted', 'intake', 'advice', 'decision'].includes(status) && (
        <StepForm title="Advies en budget" button="Advies vastleggen" busy={steps.advice.isPending} error={steps.advice.error} onSubmit={() => steps.advice.mutate({ advice: advice.advice, budgetId: advice.budgetId || null, amountRequestedCents: toCents(advice.amount) })}>
          <TextAreaField id="advies-tekst" label="Advies" value={advice.advice} onValueChange={(text) => setAdvice((c) => ({ ...c, advice: text }))} rows={3} />
          <SelectField id="advies-budget" label="Passend budget of passende subsidie" value={advice.budgetId} onValueChange={(budgetId) => setAdvice((c) => ({ ...c, budgetId }))}>
            <option value="">— geen —</option>
            {budgets.data?.map((b) => (
              <option key={b.id} value={b.id}>{b.name} {b.year} (nog {euro(b.remainingCents)})</option>
            ))}
          </SelectField>
          <TextField id="advies-bedrag" label="Gevraagd bedrag in euro" inputMode="decimal" value={advice.amount} onValueChange={(amount) => setAdvice((c) => ({ ...c, amount }))} />
        </StepForm>
      )}
      {open && ['intake', 'advice', 'decision'].includes(status) && (
        <StepForm
          title="Besluit"
          button="Besluit vastleggen"
          busy={steps.decision.isPending}
          error={steps.decision.error}
          onSubmit={() => steps.decision.mutate({ decision: decision.decision as 'approved', reason: decision.reason, amountGrantedCents: decision.decision === 'rejected' ? null : (toCents(decision.amount) ?? 0), publicMessage: decision.message || undefined })}
        >
          <SelectField id="besluit-keuze" label="Besluit" value={decision.decision} onValueChange={(value) => setDecision((c) => ({ ...c, decision: value }))}>
            {DECISIONS.map((d) => (
              <option key={d} value={d}>{DECISION_LABELS[d]}</option>
            ))}
          </SelectField>
          <TextAreaField id="besluit-reden" label="Reden" value={decision.reason} onValueChange={(reason) => setDecision((c) => ({ ...c, reason }))} rows={2} />
          {decision.decision !== 'rejected' && <TextField id="besluit-bedrag" label="Toegekend bedrag in euro" inputMode="decimal" value={decision.amount} onValueChange={(amount) => setDecision((c) => ({ ...c, amount }))} />}
          <TextAreaField id="besluit-bericht" label="Bericht aan de initiatiefnemer" value={decision.message} onValueChange={(message) => setDecision((c) => ({ ...c, message }))} rows={2} maxLength={3000} />
        </StepForm>
      )}
      {['approved', 'running'].includes(status) && (
        <StepForm title="Vervolg" button="Vervolg vastleggen" busy={steps.followUp.isPending} error={steps.followUp.error} onSubmit={() => steps.followUp.mutate({ followUp: follow.text, status: (follow.status || undefined) as 'running' | undefined, publicMessage: follow.message || undefined })}>
          <TextAreaField id="vervolg-tekst" label="Hoe gaat het" value={follow.text} onValueChange={(text) => setFollow((c) => ({ ...c, text }))} rows={2} />
          <SelectField id="vervolg-status" label="Status" value={follow.status} onValueChange={(value) => setFollow((c) => ({ ...c, status: value }))}>
            <option value="">ongewijzigd</option>
            <option value="running">In uitvoering</option>
            <option value="completed">Afgerond</option>
            <option value="withdrawn">Ingetrokken</option>
          </SelectField>
          <TextAreaField id="vervolg-bericht" label="Bericht aan de initiatiefnemer" value={follow.message} onValueChange={(message) => setFollow((c) => ({ ...c, message }))} rows={2} maxLength={3000} />
        </StepForm>
      )}
      {['approved', 'running'].includes(status) && !projectId && programmes.data && programmes.data.length > 0 && (
        <StepForm title="Opnemen in het wijkprogramma" button="Project maken" busy={steps.toProject.isPending} error={steps.toProject.error} onSubmit={() => steps.toProject.mutate({ programmeId: programmeId || programmes.data[0]?.id || '' })}>
          <SelectField id="project-programma" label="Programma" value={programmeId || programmes.data[0]?.id || ''} onValueChange={setProgrammeId}>
            {programmes.data.map((p) => (
              <option key={p.id} value={p.id}>{p.title}</option>
            ))}
          </SelectField>
        </StepForm>
      )}
      <StepForm title="Op de gebiedspagina" button="Opslaan" busy={steps.publication.isPending} error={steps.publication.error} onSubmit={() => steps.publication.mutate({ isPublic: publication.isPublic, publicSummary: publication.summary })}>
        <Checkbox id="publicatie-openbaar" label="Tonen op de openbare pagina van het gebied (na toekenning)" checked={publication.isPublic} onCheckedChange={(value) => setPublication((c) => ({ ...c, isPublic: value }))} />
        <TextAreaField id="publicatie-samenvatting" label="Publieke samenvatting, zonder persoonsgegevens" value={publication.summary} onValueChange={(summary) => setPublication((c) => ({ ...c, summary }))} rows={2} maxLength={2000} />
      </StepForm>
    </section>
  );
}
