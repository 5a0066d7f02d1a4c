import '../features/programme/programme.css';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { BudgetForm } from '../features/initiatives/BudgetForm.js';
import { StaffInitiativeForm } from '../features/initiatives/StaffInitiativeForm.js';
import { useBudgets, useInitiatives } from '../features/initiatives/api.js';
import { euro, formatDate } from '../features/programme/api.js';

/** Resident initiatives of the municipality, and the budgets they draw on. */
export function InitiativeListPage() {
  usePageTitle('Bewonersinitiatieven');
  const initiatives = useInitiatives({});
  const budgets = useBudgets();
  const me = useMe().data;
  return (
    <>
      <Heading level={1}>Bewonersinitiatieven</Heading>
      <Paragraph lead>Van idee tot uitvoering: kennismaking, advies, budget, besluit en vervolg.</Paragraph>
      {initiatives.isPending && <Loading />}
      {initiatives.isError && <Alert type="error">{errorMessage(initiatives.error)}</Alert>}
      {initiatives.data && initiatives.data.length === 0 && <Paragraph>Nog geen initiatieven.</Paragraph>}
      {initiatives.data && initiatives.data.length > 0 && (
        <table className="utrecht-table utrecht-table--html-table">
          <caption className="utrecht-table__caption">Initiatieven, nieuwste eerst</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Initiatief</th>
              <th scope="col" className="utrecht-table__header-cell">Gebied</th>
              <th scope="col" className="utrecht-table__header-cell">Ontvangen</th>
              <th scope="col" className="utrecht-table__header-cell">Status</th>
              <th scope="col" className="utrecht-table__header-cell">Gevraagd / toegekend</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {initiatives.data.map((initiative) => (
              <tr key={initiative.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  <AppLink to={`/werk/initiatieven/${initiative.id}`}>{initiative.reference}: {initiative.title}</AppLink>
                </th>
                <td className="utrecht-table__cell">{initiative.area?.name ?? '—'}</td>
                <td className="utrecht-table__cell">{formatDate(initiative.receivedOn)}</td>
                <td className="utrecht-table__cell">{initiative.statusLabel}</td>
                <td className="utrecht-table__cell">{euro(initiative.amountRequestedCents)} / {euro(initiative.amountGrantedCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Heading level={2}>Budgetten</Heading>
      {budgets.data && budgets.data.length === 0 && <Paragraph>Nog geen budgetten vastgelegd.</Paragraph>}
      <ul className="utrecht-unordered-list">
        {budgets.data?.map((budget) => (
          <li key={budget.id} className="utrecht-unordered-list__item">
            {budget.name} {budget.year}{budget.area ? ` (${budget.area.name})` : ''}: {euro(budget.totalCents)}, toegekend {euro(budget.grantedCents)}, over {euro(budget.remainingCents)}
          </li>
        ))}
      </ul>
      {hasRole(me, 'connector', 'coordinator') && <StaffInitiativeForm />}
      {hasRole(me, 'administrator', 'coordinator') && <BudgetForm />}
    </>
  );
}
