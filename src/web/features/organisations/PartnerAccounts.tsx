import type { Organisation } from '../../../shared/schemas/organisation.js';
import { Heading } from '../../components/Heading.js';
import { AppLink } from '../../components/Link.js';
import { Paragraph } from '../../components/Paragraph.js';
import { hasRole, useMe } from '../auth/use-session.js';

/** Which partner accounts belong to the organisation (staff only); an administrator links them on the person page. */
export function PartnerAccounts({ organisation }: { organisation: Organisation }) {
  const isAdministrator = hasRole(useMe().data, 'administrator');
  const accounts = organisation.partnerUsers;
  if (accounts === null) return null;
  return (
    <section aria-labelledby="partneraccounts">
      <Heading level={2} id="partneraccounts">
        Partneraccounts
      </Heading>
      <Paragraph small>
        Accounts van mensen van {organisation.name} zelf. Zij zien in Schakel alleen de gegevens van deze organisatie, zonder de persoonsgegevens van
        contactpersonen.
      </Paragraph>
      {accounts.length === 0 ? (
        <Paragraph>Er is geen partneraccount aan deze organisatie gekoppeld.</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {accounts.map((account) => (
            <li key={account.id} className="utrecht-unordered-list__item">
              {isAdministrator ? <AppLink to={`/werk/beheer/mensen/${account.id}`}>{account.name}</AppLink> : account.name}
            </li>
          ))}
        </ul>
      )}
      {isAdministrator && (
        <Paragraph>
          Een account koppelen of ontkoppelen doet u bij het account zelf, onder <AppLink to="/werk/beheer/mensen">Mensen</AppLink>.
        </Paragraph>
      )}
    </section>
  );
}
