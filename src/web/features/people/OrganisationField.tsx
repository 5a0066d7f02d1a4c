import { errorMessage } from '../../api/client.js';
import { Alert } from '../../components/Alert.js';
import { SelectField } from '../../components/FormField.js';
import { useOrganisations } from '../organisations/api.js';

/**
 * The organisation a partner account belongs to (it then sees that organisation's records, and only
 * those). For any other account there is nothing to choose, and the form says why.
 */
export function OrganisationField(props: { isPartner: boolean; value: string; onValueChange: (value: string) => void; error?: string }) {
  const { isPartner, value, onValueChange, error } = props;
  const organisations = useOrganisations();
  const linked = organisations.data?.find((organisation) => organisation.id === value);

  if (!isPartner) {
    return (
      <p className="utrecht-paragraph" id="persoon-organisatie-uitleg">
        <strong>Organisatie:</strong> alleen voor accounts met de rol Partner. Kies die rol om het account aan een partnerorganisatie te koppelen.
        {value && ` Bij opslaan vervalt de koppeling met ${linked?.name ?? 'de organisatie'}.`}
      </p>
    );
  }
  if (organisations.isError) return <Alert type="error">{errorMessage(organisations.error)}</Alert>;
  return (
    <SelectField
      id="persoon-organisatie"
      label="Organisatie van dit partneraccount"
      description="Het account ziet alleen de gegevens van deze organisatie. Zonder organisatie ziet het niets."
      value={value}
      onValueChange={onValueChange}
      error={error}
      disabled={organisations.isPending}
    >
      <option value="">{organisations.isPending ? 'Organisaties laden…' : 'Geen organisatie'}</option>
      {(organisations.data ?? []).map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name}
        </option>
      ))}
    </SelectField>
  );
}
