import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError, errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Button } from '../components/Button.js';
import { ErrorSummary } from '../components/ErrorSummary.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useMe } from '../features/auth/use-session.js';
import { type Referral, useAnswerReferral, useMarkSeen, useReferral } from '../features/referrals/api.js';
import { ReferralFacts } from '../features/referrals/ReferralList.js';
import { TextAreaField, useFormFeedback } from '../features/signals/form-kit.js';
import { formatDateTime } from '../features/signals/labels.js';
import '../features/signals/signals.css';

/** One referral, as the link in the specialist's e-mail opens it: the question, the signal, "Gezien" and the answer. */
export function ReferralDetailPage() {
  const { id = '' } = useParams();
  const referral = useReferral(id);
  const isMissing = referral.error instanceof ApiError && referral.error.status === 404;
  const title = referral.data ? `Verzoek over signaal ${referral.data.signal.reference}` : isMissing ? 'Verzoek niet gevonden' : 'Verzoek';
  usePageTitle(title);

  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to="/werk/verzoeken">Mijn verzoeken</AppLink>
      </p>
      <Heading level={1}>{title}</Heading>
      {referral.isPending && <Loading>Verzoek laden…</Loading>}
      {isMissing && <Paragraph>Dit verzoek bestaat niet, of het is niet aan u gericht.</Paragraph>}
      {referral.isError && !isMissing && <Alert type="error">{errorMessage(referral.error)}</Alert>}
      {referral.data && <ReferralRecord referral={referral.data} />}
    </>
  );
}

function ReferralRecord({ referral }: { referral: Referral }) {
  const me = useMe().data;
  const isMine = referral.specialist.id === me?.id;
  const canAnswer = isMine && (referral.status === 'open' || referral.status === 'seen');
  const markSeen = useMarkSeen(referral.id);

  return (
    <>
      <Paragraph lead>
        {referral.requestedBy ?? 'Een collega'} vroeg {isMine ? 'u' : referral.specialist.name} op {formatDateTime(referral.createdAt)}:
      </Paragraph>
      <ReferralFacts referral={referral} />

      <section aria-labelledby="signaal-titel">
        <Heading level={2} id="signaal-titel">
          Het signaal {referral.signal.reference}
          {referral.signal.area ? ` (${referral.signal.area})` : ''}
        </Heading>
        <blockquote className="signal-quote">
          <p className="utrecht-paragraph">{referral.signal.text}</p>
        </blockquote>
        <p className="utrecht-paragraph">
          <AppLink to={`/werk/signalen/${referral.signal.id}`}>Het hele signaal bekijken</AppLink>
        </p>
      </section>

      {canAnswer && (
        <section aria-labelledby="antwoord-titel">
          <Heading level={2} id="antwoord-titel">
            Uw antwoord
          </Heading>
          {referral.status === 'open' && (
            <div className="seen-action">
              <Paragraph>Nog geen tijd om te antwoorden? Laat weten dat u het verzoek heeft gezien.</Paragraph>
              {markSeen.isError && <Alert type="error">{errorMessage(markSeen.error)}</Alert>}
              <Button appearance="secondary" busy={markSeen.isPending} disabled={markSeen.isPending} onClick={() => markSeen.mutate()}>
                Gezien
              </Button>
            </div>
          )}
          {referral.status === 'seen' && <Alert type="ok">U heeft het verzoek als gezien gemarkeerd. De collega die het vroeg, ziet dat.</Alert>}
          <AnswerForm referral={referral} />
        </section>
      )}
      {!canAnswer && isMine && referral.status === 'answered' && <Alert type="ok">U heeft dit verzoek beantwoord. Dank u wel.</Alert>}
    </>
  );
}

function AnswerForm({ referral }: { referral: Referral }) {
  const [answer, setAnswer] = useState('');
  const feedback = useFormFeedback();
  const send = useAnswerReferral(referral.id);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!feedback.check(answer.trim().length < 2 ? [{ fieldId: 'antwoord', message: 'Antwoord: schrijf uw antwoord.' }] : [])) return;
    send.mutate(answer.trim(), { onError: (error) => feedback.fail(error, { answer: { id: 'antwoord', label: 'Antwoord' } }, 'antwoord') });
  };

  return (
    <form className="utrecht-form form" noValidate onSubmit={handleSubmit} aria-labelledby="antwoord-titel">
      <ErrorSummary errors={feedback.errors} serverMessage={feedback.serverMessage} focusKey={feedback.attempt} />
      <TextAreaField
        id="antwoord"
        label="Antwoord"
        description={`${referral.requestedBy ?? 'De collega die het vroeg'} krijgt uw antwoord per e-mail.`}
        value={answer}
        onValueChange={setAnswer}
        error={feedback.errorFor('antwoord')}
        rows={5}
      />
      <Button type="submit" appearance="primary" busy={send.isPending} disabled={send.isPending}>
        {send.isPending ? 'Bezig met versturen…' : 'Antwoord versturen'}
      </Button>
    </form>
  );
}
