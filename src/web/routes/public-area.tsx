import { useParams } from 'react-router';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { usePageTitle } from '../components/page-title.js';
import { ContactCard } from '../features/lookup/ContactCard.js';
import { usePublicCard, usePublicMunicipalities } from '../features/lookup/use-lookup.js';
import { useMunicipalityBranding } from '../features/theme/branding.js';
import { PublicInitiatives } from '../features/initiatives/PublicInitiatives.js';
import { PublicCalendar } from '../features/meetings/PublicCalendar.js';
import { PublicProgramme } from '../features/programme/PublicProgramme.js';

/** The public page of one area: its contact card. */
export function PublicAreaPage() {
  const { areaId = '' } = useParams();
  const card = usePublicCard(areaId);
  const municipalities = usePublicMunicipalities();
  const municipality = municipalities.data?.find((m) => m.code === card.data?.municipality.code);
  useMunicipalityBranding(municipality);
  usePageTitle(card.data ? `${card.data.areaName} (${card.data.municipality.name})` : 'Gebied');

  return (
    <>
      <Heading level={1}>{card.data ? card.data.areaName : card.isError ? 'Gebied niet gevonden' : 'Gebied'}</Heading>
      {card.isPending && <Loading />}
      {card.isError && <Alert type="error">{errorMessage(card.error)}</Alert>}
      {card.data && (
        <>
          <p className="utrecht-paragraph utrecht-paragraph--lead">
            {card.data.areaKind === 'kern' ? 'Kern' : 'Wijk'} in de gemeente {card.data.municipality.name}.
          </p>
          <ContactCard card={card.data} showAreaLink={false} />
          <PublicCalendar areaId={card.data.areaId} areaName={card.data.areaName} />
          <PublicProgramme areaId={card.data.areaId} areaName={card.data.areaName} />
          <PublicInitiatives areaId={card.data.areaId} areaName={card.data.areaName} municipalityCode={card.data.municipality.code} />
          <p className="utrecht-paragraph">
            <AppLink to={`/melden?gemeente=${card.data.municipality.code}&gebied=${encodeURIComponent(card.data.areaId)}`}>
              Geef een signaal over {card.data.areaName} door
            </AppLink>
          </p>
        </>
      )}
      <p className="utrecht-paragraph">
        <AppLink to={card.data ? `/?gemeente=${card.data.municipality.code}` : '/'}>Zoek een ander gebied</AppLink>
      </p>
    </>
  );
}
