import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { HandoverInputSchema, type Portfolio } from '../../shared/schemas/activity.js';
import { SIGNAL_STATUS_LABELS, type SignalStatus } from '../../shared/schemas/signal.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary.js';
import { SelectField, TextField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { usePortfolio, useHandover } from '../features/activities/api.js';
import { TextAreaField, formatDate } from '../features/activities/fields.js';
import '../features/activities/activities.css';
import { useUsers } from '../features/people/use-users.js';

/** The coordinator hands an area's portfolio to a successor in one action, and sees the open work that moved. */
export function HandoverAreaPage() {
  const { id = '' } = useParams();
  const portfolio = usePortfolio(id);
  const users = useUsers();
  const handover = useHandover(id);
  const areaName = portfolio.data?.area.name ?? 'gebied';
  usePageTitle(`Overdracht ${areaName}`);
  const [fromUserId, setFrom] = useState('');
  const [toUserId, setTo] = useState('');
  const [hours, setHours] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ portfolio: Portfolio; from: string; to: string } | null>(null);

  const current = portfolio.data?.connectors ?? [];
  const from = fromUserId || current[0]?.id || '';
  const candidates = (users.data ?? []).filter((user) => user.isActive && user.roles.includes('connector') && user.id !== from);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = { fromUserId: from, toUserId, hoursPerWeek: hours === '' ? null : Number(hours), note };
    const parsed = HandoverInputSchema.safeParse(body);
    setAttempt((count) => count + 1);
    if (!parsed.success || !toUserId) {
      setErrors([{ fieldId: 'overdracht-opvolger', message: 'Opvolger: kies een wijkverbinder.' }]);
      return;
    }
    setErrors([]);
    try {
      const done = await handover.mutateAsync(body);
      setResult({ portfolio: done.portfolio, from: done.handover.from?.name ?? '', to: done.handover.to?.name ?? '' });
    } catch {
      setAttempt((count) => count + 1);
    }
  };

  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to={`/werk/gebieden/${id}`}>{areaName}</AppLink>
      </p>
      <Heading level={1}>Overdracht van {areaName}</Heading>
      {portfolio.isPending && <Loading />}
      {portfolio.isError && <Alert type="error">{errorMessage(portfolio.error)}</Alert>}
      {result && (
        <Alert type="ok">
          {areaName} is overgedragen van {result.from} aan {result.to}. De publieke contactkaart toont nu {result.to}.
        </Alert>
      )}
      {portfolio.data && !result && (
        <>
          <Paragraph lead>
            In één keer naar de opvolger: de plek als wijkverbinder (de publieke contactkaart verandert meteen), de lopende verzoeken aan collega’s, de
            relaties met organisaties en contactpersonen, en een overdrachtsregel bij elk open signaal. Activiteiten blijven op naam van wie ze deed.
          </Paragraph>
          <PortfolioSummary portfolio={portfolio.data} />
          {current.length === 0 ? (
            <Paragraph>Dit gebied heeft geen wijkverbinder om over te dragen. Wijs er een toe bij Gebieden beheren.</Paragraph>
          ) : (
            <form className="utrecht-form form" noValidate onSubmit={submit}>
              <ErrorSummary errors={errors} serverMessage={handover.isError ? errorMessage(handover.error) : undefined} focusKey={attempt} />
              <SelectField id="overdracht-van" label="Vertrekkende wijkverbinder" value={from} onValueChange={setFrom}>
                {current.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </SelectField>
              <SelectField
                id="overdracht-opvolger"
                label="Opvolger"
                value={toUserId}
                onValueChange={setTo}
                error={errors.find((e) => e.fieldId === 'overdracht-opvolger')?.message}
              >
                <option value="">Kies een wijkverbinder</option>
                {candidates.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name}
                    {user.department ? ` (${user.department})` : ''}
                  </option>
                ))}
              </SelectField>
              <TextField
                id="overdracht-uren"
                label="Uren per week voor de opvolger (niet verplicht)"
                description={`Leeg: dezelfde uren als de voorganger (${current.find((c) => c.id === from)?.hoursPerWeek ?? 0} uur).`}
                type="number"
                min={0}
                max={40}
                step={0.5}
                value={hours}
                onValueChange={setHours}
              />
              <TextAreaField id="overdracht-notitie" label="Notitie voor de opvolger (niet verplicht)" value={note} onValueChange={setNote} />
              <Button type="submit" appearance="primary" busy={handover.isPending} disabled={handover.isPending}>
                Gebied overdragen
              </Button>
            </form>
          )}
        </>
      )}
      {result && (
        <section aria-labelledby="open-werk">
          <Heading level={2} id="open-werk">
            Open werk voor {result.to}
          </Heading>
          <PortfolioSummary portfolio={result.portfolio} />
        </section>
      )}
    </>
  );
}

/** The open work of an area: signals, referrals, partners and history, readable in a minute. */
export function PortfolioSummary({ portfolio }: { portfolio: Portfolio }) {
  return (
    <>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">{portfolio.openSignals.length} open signalen</li>
        <li className="utrecht-unordered-list__item">
          {portfolio.openReferrals.length} lopende verzoeken aan collega’s ({portfolio.openReferrals.filter((r) => r.isOverdue).length} over de termijn)
        </li>
        <li className="utrecht-unordered-list__item">
          {portfolio.organisations.length} organisaties met {portfolio.contactCount} contactpersonen
        </li>
        <li className="utrecht-unordered-list__item">
          {portfolio.activities.count} activiteiten ({portfolio.activities.hours.toLocaleString('nl-NL')} uur)
          {portfolio.activities.lastOn ? `, laatste op ${formatDate(portfolio.activities.lastOn)}` : ''}
        </li>
      </ul>
      {portfolio.openSignals.length > 0 && (
        <>
          <Heading level={3}>Open signalen</Heading>
          <ul className="utrecht-unordered-list">
            {portfolio.openSignals.map((signal) => (
              <li key={signal.id} className="utrecht-unordered-list__item">
                <AppLink to={`/werk/signalen/${signal.id}`}>{signal.reference}</AppLink> — {SIGNAL_STATUS_LABELS[signal.status as SignalStatus] ?? signal.status}
                {signal.isOverdue ? ', verzoek over de termijn' : ''}: {signal.excerpt}
              </li>
            ))}
          </ul>
        </>
      )}
      {portfolio.openReferrals.length > 0 && (
        <>
          <Heading level={3}>Lopende verzoeken</Heading>
          <ul className="utrecht-unordered-list">
            {portfolio.openReferrals.map((referral) => (
              <li key={referral.id} className="utrecht-unordered-list__item">
                {referral.specialist}
                {referral.department ? ` (${referral.department})` : ''} over {referral.signalReference}, termijn {formatDate(referral.dueOn)}
                {referral.isOverdue ? ' — over de termijn' : ''}: {referral.question}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
