import { useSearchParams } from 'react-router';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Checkbox } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { REFERRAL_STATUS_LABELS, useMyReferrals } from '../features/referrals/api.js';
import { formatDate } from '../features/signals/labels.js';
import '../features/signals/signals.css';

/** "Mijn verzoeken": what colleagues asked me, open first and by due date. */
export function ReferralMinePage() {
  usePageTitle('Mijn verzoeken');
  const [searchParams, setSearchParams] = useSearchParams();
  const showAll = searchParams.get('alle') === 'ja';
  const referrals = useMyReferrals(!showAll);
  const items = referrals.data ?? [];

  return (
    <>
      <Heading level={1}>Mijn verzoeken</Heading>
      <Paragraph lead>Vragen van collega’s over signalen uit de wijken. Beantwoorden kost twee klikken: open het verzoek, typ uw antwoord, verstuur.</Paragraph>
      <form className="form" aria-label="Verzoeken tonen" onSubmit={(event) => event.preventDefault()}>
        <Checkbox
          id="verzoeken-alle"
          label="Ook beantwoorde en afgeronde verzoeken tonen"
          checked={showAll}
          onCheckedChange={(checked) => setSearchParams(checked ? { alle: 'ja' } : {}, { replace: true })}
        />
      </form>
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {referrals.data ? `${items.length} ${items.length === 1 ? 'verzoek' : 'verzoeken'}.` : ''}
      </div>
      {referrals.isPending && <Loading>Verzoeken laden…</Loading>}
      {referrals.isError && <Alert type="error">{errorMessage(referrals.error)}</Alert>}
      {referrals.data && items.length === 0 && <Paragraph>{showAll ? 'U heeft nog geen verzoeken gekregen.' : 'U heeft geen open verzoeken.'}</Paragraph>}
      {items.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="verzoeken-tabel">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption" id="verzoeken-tabel">
              {showAll ? 'Al mijn verzoeken' : 'Open verzoeken'} ({items.length})
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Vraag</th>
                <th scope="col" className="utrecht-table__header-cell">Signaal</th>
                <th scope="col" className="utrecht-table__header-cell">Gevraagd door</th>
                <th scope="col" className="utrecht-table__header-cell">Graag vóór</th>
                <th scope="col" className="utrecht-table__header-cell">Status</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {items.map((referral) => (
                <tr key={referral.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    <AppLink to={`/werk/verzoeken/${referral.id}`}>{referral.question.length > 100 ? `${referral.question.slice(0, 97)}…` : referral.question}</AppLink>
                  </th>
                  <td className="utrecht-table__cell">
                    <span className="reference">{referral.signal.reference}</span>
                    {referral.signal.area ? ` (${referral.signal.area})` : ''}
                  </td>
                  <td className="utrecht-table__cell">{referral.requestedBy ?? '—'}</td>
                  <td className="utrecht-table__cell">
                    <time dateTime={referral.dueOn}>{formatDate(referral.dueOn)}</time>
                    {referral.isOverdue && (
                      <strong className="overdue-tag">
                        <span aria-hidden="true">⚠ </span>termijn verstreken
                      </strong>
                    )}
                  </td>
                  <td className="utrecht-table__cell">{REFERRAL_STATUS_LABELS[referral.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
