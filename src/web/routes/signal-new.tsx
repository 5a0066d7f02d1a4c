import { useNavigate } from 'react-router';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useAreas, useRegions } from '../features/areas/use-areas.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { useOwnMunicipality } from '../features/municipality/use-municipality.js';
import { StaffSignalForm } from '../features/signals/StaffSignalForm.js';
import '../features/signals/signals.css';

/** "Signaal vastleggen": on behalf of a resident or an organisation, with the channel and the date. */
export function SignalNewPage() {
  usePageTitle('Signaal vastleggen');
  const navigate = useNavigate();
  const me = useMe().data;
  const municipality = useOwnMunicipality();
  const areas = useAreas();
  const regions = useRegions();
  const isPartnerOnly = Boolean(me?.roles.every((role) => role === 'partner'));
  const error = municipality.error ?? areas.error ?? regions.error;

  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to="/werk/signalen">Signalen</AppLink>
      </p>
      <Heading level={1}>Signaal vastleggen</Heading>
      <Paragraph lead>
        {hasRole(me, 'partner')
          ? 'Leg vast wat u als partner hoort of ziet in de wijk. De gemeente bekijkt het en u kunt het volgen.'
          : 'Na een spreekuur, gesprek, telefoontje of e-mail: leg het signaal vast namens wie het bracht.'}
      </Paragraph>
      {(municipality.isPending || areas.isPending || regions.isPending) && <Loading />}
      {error && <Alert type="error">{errorMessage(error)}</Alert>}
      {municipality.data && areas.data && regions.data && (
        <StaffSignalForm
          municipality={{ code: municipality.data.code, connectorTitle: municipality.data.connectorTitle }}
          areas={areas.data}
          regions={regions.data.regions}
          isPartnerOnly={isPartnerOnly}
          onCreated={(created) => navigate(`/werk/signalen/${created.id}`, { state: { notice: `Signaal ${created.reference} is vastgelegd.` } })}
        />
      )}
    </>
  );
}
