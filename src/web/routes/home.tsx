import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../api/client.js';
import type { ConnectorCard, PublicMunicipalityMap } from '../api/types.js';
import { Alert, Loading } from '../components/Alert.js';
import { SelectField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { AreaSearch } from '../features/lookup/AreaSearch.js';
import { ContactCard } from '../features/lookup/ContactCard.js';
import { PublicMap } from '../features/lookup/PublicMap.js';
import { useMunicipalityMap, usePointLookup, usePublicMunicipalities } from '../features/lookup/use-lookup.js';
import { useMunicipalityBranding } from '../features/theme/branding.js';

interface Result {
  card: ConnectorCard;
  /** What the resident chose: "Tuinwijk", "het punt op de kaart (Tuinwijk)". */
  via: string;
}

/** "Vind uw wijkverbinder": pick the municipality, then search by name or click the map. */
export function HomePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const municipalities = usePublicMunicipalities();
  const list = municipalities.data ?? [];
  const requested = searchParams.get('gemeente');
  const municipality = list.find((m) => m.code === requested) ?? list[0];
  const title = municipality?.connectorTitle ?? 'wijkverbinder';
  const map = useMunicipalityMap(municipality?.code);
  const pointLookup = usePointLookup();
  const [result, setResult] = useState<Result>();
  const [lookupError, setLookupError] = useState<string>();

  usePageTitle(`Vind uw ${title}`);
  useMunicipalityBranding(municipality);

  // Another municipality: the previous answer no longer applies.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the municipality changes
  useEffect(() => {
    setResult(undefined);
    setLookupError(undefined);
  }, [municipality?.code]);

  const show = (card: ConnectorCard, via: string) => {
    setLookupError(undefined);
    setResult({ card, via });
  };

  const handlePoint = (point: { lat: number; lon: number }) => {
    pointLookup.mutate(point, {
      onSuccess: (found) => show(found.card, found.neighbourhood ? `buurt ${found.neighbourhood.name}` : 'de gekozen plek'),
      onError: (error) => {
        setResult(undefined);
        setLookupError(errorMessage(error));
      },
    });
  };

  const announcement = result
    ? `Gevonden voor ${result.via}: uw ${result.card.title} is ${result.card.connectors.map((c) => c.name).join(' en ') || 'nog niet bekend'} (${result.card.areaName}).`
    : (lookupError ?? (pointLookup.isPending ? 'Zoeken…' : ''));

  return (
    <>
      <Heading level={1}>Vind uw {title}</Heading>
      <Paragraph lead>
        Elke wijk en kern heeft één vast aanspreekpunt bij de gemeente: de {title}. Bij hem of haar kunt u terecht met ideeën, zorgen en
        vragen over uw buurt.
      </Paragraph>

      {municipalities.isPending && <Loading>Gemeenten laden…</Loading>}
      {municipalities.isError && <Alert type="error">{errorMessage(municipalities.error)}</Alert>}

      {municipality && (
        <form className="form search-form" role="search" aria-label={`Zoek uw ${title}`} onSubmit={(event) => event.preventDefault()}>
          <SelectField
            id="gemeente"
            label="Uw gemeente"
            value={municipality.code}
            onValueChange={(code) => setSearchParams({ gemeente: code }, { replace: true })}
          >
            {list.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </SelectField>
          <AreaSearch key={municipality.code} municipalityCode={municipality.code} onSelect={(match) => show(match.card, match.name)} />
        </form>
      )}

      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>

      {lookupError && <Alert type="warning">{lookupError}</Alert>}
      {result && (
        <div className="result">
          <p className="utrecht-paragraph result__via">Resultaat voor {result.via}:</p>
          <ContactCard card={result.card} />
        </div>
      )}

      {municipality && (
        <p className="utrecht-paragraph">
          Ziet u iets in uw buurt dat beter kan, of maakt u zich ergens zorgen over?{' '}
          <AppLink to={`/melden?gemeente=${municipality.code}`}>Geef een signaal door aan de gemeente</AppLink>.
        </p>
      )}

      {municipality && (
        <section aria-labelledby="kaart-titel" className="map-section">
          <Heading level={2} id="kaart-titel">
            Of kies op de kaart
          </Heading>
          <Paragraph>Klik op uw buurt, of kies uw gebied in de lijst naast de kaart.</Paragraph>
          {map.isPending && <Loading>Kaart laden…</Loading>}
          {map.isError && <Alert type="error">{errorMessage(map.error)}</Alert>}
          {map.data && (
            <PublicMap
              map={map.data as PublicMunicipalityMap}
              selectedAreaId={result?.card.areaId}
              onAreaChoose={(area) => show(area.card, `gebied ${area.name}`)}
              onPointClick={handlePoint}
            />
          )}
        </section>
      )}
    </>
  );
}
