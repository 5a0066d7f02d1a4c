import { useLocation } from 'react-router';
import { errorMessage } from '../api/client.js';
import type { User } from '../api/types.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { AppLink, ButtonLink } from '../components/Link.js';
import { Paragraph, VisuallyHidden } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { roleNames } from '../features/people/RolesFieldset.js';
import { useUsers } from '../features/people/use-users.js';

/** Everyone with an account, with their roles; administrators add and change accounts, coordinators read. */
export function AdminPeoplePage() {
  usePageTitle('Mensen');
  const users = useUsers();
  const isAdministrator = hasRole(useMe().data, 'administrator');
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const sorted = [...(users.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <>
      <Heading level={1}>Mensen</Heading>
      <Paragraph lead>
        Medewerkers, wethouders en partners met een account, en hun rollen.
        {!isAdministrator && ' Alleen een beheerder kan accounts toevoegen of wijzigen.'}
      </Paragraph>
      {notice && <Alert type="ok">{notice}</Alert>}
      {isAdministrator && (
        <p className="utrecht-paragraph">
          <ButtonLink to="/werk/beheer/mensen/nieuw">Persoon toevoegen</ButtonLink>
        </p>
      )}
      {users.isPending && <Loading>Mensen laden…</Loading>}
      {users.isError && <Alert type="error">{errorMessage(users.error)}</Alert>}
      {users.data && (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="mensen-tabel">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption" id="mensen-tabel">
              Alle mensen ({sorted.length})
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Naam</th>
                <th scope="col" className="utrecht-table__header-cell">E-mail</th>
                <th scope="col" className="utrecht-table__header-cell">Rollen</th>
                <th scope="col" className="utrecht-table__header-cell">Functie en afdeling</th>
                <th scope="col" className="utrecht-table__header-cell">Organisatie (partner)</th>
                <th scope="col" className="utrecht-table__header-cell">Account</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {sorted.map((user) => (
                <tr key={user.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">
                    {isAdministrator ? (
                      <AppLink to={`/werk/beheer/mensen/${user.id}`}>
                        {user.name}
                        <VisuallyHidden> wijzigen</VisuallyHidden>
                      </AppLink>
                    ) : (
                      user.name
                    )}
                  </th>
                  <td className="utrecht-table__cell">{user.email}</td>
                  <td className="utrecht-table__cell">{roleNames(user.roles)}</td>
                  <td className="utrecht-table__cell">{[user.jobTitle, user.department].filter(Boolean).join(', ') || '—'}</td>
                  <td className="utrecht-table__cell">{partnerOrganisation(user)}</td>
                  <td className="utrecht-table__cell">{user.isActive ? 'Actief' : 'Uitgezet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** A partner account without an organisation sees nothing: the table says so, so an administrator can fix it. */
function partnerOrganisation(user: User): string {
  if (user.organisation) return user.organisation.name;
  return user.roles.includes('partner') ? 'Nog niet gekoppeld' : '—';
}
