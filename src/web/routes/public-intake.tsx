import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { SelectField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useMunicipalityMap, usePublicMunicipalities } from '../features/lookup/use-lookup.js';
import { IntakeConfirmation } from '../features/signals/IntakeConfirmation.js';
import { IntakeForm } from '../features/signals/IntakeForm.js';
import type { SignalCreated } from '../features/signals/types.js';
import { useMunicipalityBranding } from '../features/theme/branding.js';
import '../features/signals/signals.css';

/** "Signaal doorgeven": a resident tells the municipality what is going on in the neighbourhood, without an account. */
export function PublicIntakePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const municipalities = usePublicMunicipalities();
  const list = municipalities.data ?? [];
  const municipality = list.find((m) => m.code === searchParams.get('gemeente')) ?? list[0];
  const areaId = searchParams.get('gebied') ?? undefined;
  const map = useMunicipalityMap(municipality?.code);
  const [created, setCreated] = useState<{ signal: SignalCreated; hasEmail: boolean }>();
  const title = created ? 'Uw signaal is ontvangen' : 'Signaal doorgeven';
  usePageTitle(title);
  useMunicipalityBranding(municipality);

  // The confirmation replaces the form on the same address: move focus to its heading, as after a page change.
  useEffect(() => {
    if (created) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [created]);

  if (created && municipality) {
    return (
      <>
        <Heading level={1}>{title}</Heading>
        <IntakeConfirmation
          created={created.signal}
          hasEmail={created.hasEmail}
          connectorTitle={municipality.connectorTitle}
          onAnother={() => setCreated(undefined)}
        />
      </>
    );
  }

  const connectorTitle = municipality?.connectorTitle ?? 'wijkverbinder';
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>
        Ziet u iets in uw buurt dat beter kan, of maakt u zich ergens zorgen over? Laat het de {connectorTitle} weten. U heeft geen account
        nodig.
      </Paragraph>
      <Paragraph>
        Voor een kapotte lantaarnpaal, zwerfafval of een losse stoeptegel heeft de gemeente een apart meldkanaal; wij wijzen u de weg als
        uw bericht daarover lijkt te gaan.
      </Paragraph>

      {municipalities.isPending && <Loading>Gemeenten laden…</Loading>}
      {municipalities.isError && <Alert type="error">{errorMessage(municipalities.error)}</Alert>}
      {municipality && (
        <>
          {list.length > 1 && (
            <div className="form intake-municipality">
              <SelectField
                id="melding-gemeente"
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
            </div>
          )}
          <IntakeForm
            key={municipality.code}
            municipality={municipality}
            map={{ data: map.data, isPending: map.isPending, error: map.error }}
            areaId={areaId}
            onCreated={(signal, hasEmail) => setCreated({ signal, hasEmail })}
          />
        </>
      )}
      <p className="utrecht-paragraph">
        <AppLink to={municipality ? `/?gemeente=${municipality.code}` : '/'}>Liever direct contact? Zoek uw {connectorTitle}</AppLink>
      </p>
    </>
  );
}
