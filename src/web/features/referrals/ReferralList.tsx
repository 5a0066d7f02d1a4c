import { type FormEvent, useState } from 'react';
import { Alert } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { Checkbox } from '../../components/FormField.js';
import { Heading } from '../../components/Heading.js';
import { Paragraph } from '../../components/Paragraph.js';
import { TextAreaField, useFormFeedback } from '../signals/form-kit.js';
import { formatDate, formatDateTime } from '../signals/labels.js';
import { REFERRAL_STATUS_LABELS, type ReferralSummary, useFollowUpReferral } from './api.js';

/** The referrals of one signal: to whom, the question, the due date, the answer and the follow-up. */
export function ReferralList({ referrals, canFollowUp }: { referrals: ReferralSummary[]; canFollowUp: boolean }) {
  if (referrals.length === 0) return <Paragraph>Nog geen verzoeken aan specialisten.</Paragraph>;
  return (
    <ul className="referral-list">
      {referrals.map((referral) => (
        <li key={referral.id} className="referral-list__item">
          <article aria-labelledby={`verzoek-${referral.id}`}>
            <Heading level={3} id={`verzoek-${referral.id}`}>
              {referral.specialist.name}
              {referral.specialist.department ? `, ${referral.specialist.department}` : ''}
            </Heading>
            <ReferralFacts referral={referral} />
            {canFollowUp && referral.status === 'answered' && <FollowUpForm referral={referral} />}
          </article>
        </li>
      ))}
    </ul>
  );
}

/** Status, due date (with "over de termijn" in words), question, answer and follow-up. */
export function ReferralFacts({ referral }: { referral: ReferralSummary }) {
  return (
    <dl className="facts">
      <div>
        <dt>Status</dt>
        <dd>
          {REFERRAL_STATUS_LABELS[referral.status]}
          {referral.seenAt && referral.status === 'seen' && ` (op ${formatDateTime(referral.seenAt)})`}
          {referral.answeredAt && ` (beantwoord op ${formatDateTime(referral.answeredAt)})`}
        </dd>
      </div>
      <div>
        <dt>Graag antwoord vóór</dt>
        <dd>
          {formatDate(referral.dueOn)}
          {referral.isOverdue && (
            <strong className="overdue-tag">
              <span aria-hidden="true">⚠ </span>termijn verstreken
            </strong>
          )}
        </dd>
      </div>
      <div>
        <dt>Vraag</dt>
        <dd className="preserve-lines">{referral.question}</dd>
      </div>
      {referral.answer && (
        <div>
          <dt>Antwoord</dt>
          <dd className="preserve-lines">{referral.answer}</dd>
        </div>
      )}
      {referral.followUp && (
        <div>
          <dt>Vervolg</dt>
          <dd className="preserve-lines">{referral.followUp}</dd>
        </div>
      )}
    </dl>
  );
}

function FollowUpForm({ referral }: { referral: ReferralSummary }) {
  const [text, setText] = useState('');
  const [close, setClose] = useState(true);
  const feedback = useFormFeedback();
  const followUp = useFollowUpReferral();
  const fieldId = `vervolg-${referral.id}`;

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!feedback.check(text.trim().length < 2 ? [{ fieldId, message: 'Vervolg: schrijf wat er met het antwoord gebeurt.' }] : [])) return;
    followUp.mutate(
      { id: referral.id, followUp: text.trim(), close },
      { onSuccess: () => setText(''), onError: (error) => feedback.fail(error, { followUp: { id: fieldId, label: 'Vervolg' } }, fieldId) },
    );
  };

  return (
    <form className="utrecht-form form" noValidate onSubmit={handleSubmit} aria-label={`Vervolg op het antwoord van ${referral.specialist.name}`}>
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} headingId={`${fieldId}-fouten`} />
      <TextAreaField id={fieldId} label="Vervolg" description="Wat gebeurt er met dit antwoord?" value={text} onValueChange={setText} error={feedback.errorFor(fieldId)} rows={2} />
      <Checkbox id={`${fieldId}-sluiten`} label="Het verzoek is hiermee afgerond" checked={close} onCheckedChange={setClose} />
      {followUp.isSuccess && <Alert type="ok">Het vervolg is vastgelegd.</Alert>}
      <Button type="submit" appearance="secondary" busy={followUp.isPending} disabled={followUp.isPending}>
        Vervolg opslaan
      </Button>
    </form>
  );
}
