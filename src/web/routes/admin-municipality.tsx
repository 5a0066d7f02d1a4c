import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { MunicipalitySettingsForm } from '../features/municipality/MunicipalitySettingsForm.js';
import { useOwnMunicipality } from '../features/municipality/use-municipality.js';

export function AdminMunicipalityPage() {
  usePageTitle('Instellingen gemeente');
  const municipality = useOwnMunicipality();
  return (
    <>
      <Heading level={1}>Instellingen gemeente</Heading>
      <Paragraph lead>Wat inwoners en medewerkers zien: de naam, de titel van de contactpersoon, de huisstijl en de meldkanalen.</Paragraph>
      {municipality.isPending && <Loading />}
      {municipality.isError && <Alert type="error">{errorMessage(municipality.error)}</Alert>}
      {municipality.data && <MunicipalitySettingsForm municipality={municipality.data} />}
    </>
  );
}
