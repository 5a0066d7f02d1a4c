import { useParams } from 'react-router';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { AppLink, ButtonLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { AreaPeopleList } from '../features/areas/AreaPeopleList.js';
import { AreasMap } from '../features/areas/AreasMap.js';
import { districtsByCode, neighbourhoodsOf } from '../features/areas/regions.js';
import { useArea, useAreas, useRegions } from '../features/areas/use-areas.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { ContactCard } from '../features/lookup/ContactCard.js';
import { usePublicCard } from '../features/lookup/use-lookup.js';
import { AreaPartnerWork } from '../features/activities/AreaPartnerWork.js';
import { useOwnMunicipality } from '../features/municipality/use-municipality.js';
import { AreaWorkLinks } from '../features/programme/AreaWorkLinks.js';
import { AreaSignals } from '../features/signals/AreaSignals.js';

/** The record of one area: its people, its neighbourhoods on a map, and its public contact card. */
export function WorkAreaPage() {
  const { id = '' } = useParams();
  const area = useArea(id);
  const areas = useAreas();
  const regions = useRegions();
  const card = usePublicCard(id);
  const me = useMe().data;
  const municipality = useOwnMunicipality().data;
  usePageTitle(area.data ? area.data.name : 'Gebied');

  const neighbourhoods = area.data && regions.data ? neighbourhoodsOf(area.data, regions.data.regions) : [];
  const districts = regions.data ? districtsByCode(regions.data.regions) : new Map();

  return (
    <>
      <p className="utrecht-paragraph breadcrumb">
        <AppLink to="/werk">Overzicht gebieden</AppLink>
      </p>
      <Heading level={1}>{area.data?.name ?? 'Gebied'}</Heading>
      {area.isPending && <Loading />}
      {area.isError && <Alert type="error">{errorMessage(area.error)}</Alert>}
      {area.data && (
        <>
          <Paragraph lead>
            {area.data.kind === 'kern' ? 'Kern' : 'Wijk'} met {neighbourhoods.length || area.data.regionCodes.length} buurten.
            {area.data.isMine && ' U werkt voor dit gebied.'}
          </Paragraph>
          {area.data.description && <Paragraph>{area.data.description}</Paragraph>}
          {hasRole(me, 'administrator', 'coordinator') && (
            <p className="utrecht-paragraph">
              <ButtonLink to={`/werk/beheer/gebieden/${area.data.id}`} appearance="secondary">
                {hasRole(me, 'administrator') ? 'Gebied wijzigen' : 'Mensen toewijzen'}
              </ButtonLink>
            </p>
          )}

          <section aria-labelledby="mensen">
            <Heading level={2} id="mensen">
              Wie werken voor dit gebied
            </Heading>
            <AreaPeopleList area={area.data} connectorTitle={municipality?.connectorTitle ?? 'wijkverbinder'} />
          </section>

          {hasRole(me, 'administrator', 'coordinator', 'connector', 'specialist', 'alderman') && <AreaPartnerWork area={area.data} />}

          {hasRole(me, 'connector', 'coordinator', 'administrator', 'alderman') && <AreaSignals area={area.data} regions={regions.data?.regions} />}

          {hasRole(me, 'connector', 'coordinator', 'administrator', 'alderman', 'specialist') && <AreaWorkLinks areaId={area.data.id} canPlan={hasRole(me, 'connector', 'coordinator')} />}

          <section aria-labelledby="buurten">
            <Heading level={2} id="buurten">
              Buurten
            </Heading>
            {regions.isPending && <Loading>Buurten laden…</Loading>}
            {regions.isError && <Alert type="error">{errorMessage(regions.error)}</Alert>}
            {regions.data && (
              <div className="map-layout map-layout--small">
                <div className="map-layout__map">
                  <AreasMap
                    areas={areas.data ?? [area.data]}
                    regions={regions.data.regions}
                    highlightAreaId={area.data.id}
                    label={`Kaart van de gemeente met de ${neighbourhoods.length} buurten van ${area.data.name} omlijnd; de tabel noemt dezelfde buurten.`}
                  />
                </div>
                <div className="map-layout__legend">
                  <table className="utrecht-table utrecht-table--html-table">
                    <caption className="utrecht-table__caption">Buurten van {area.data.name}</caption>
                    <thead className="utrecht-table__header">
                      <tr className="utrecht-table__row">
                        <th scope="col" className="utrecht-table__header-cell">Buurt</th>
                        <th scope="col" className="utrecht-table__header-cell">CBS-code</th>
                        <th scope="col" className="utrecht-table__header-cell">CBS-wijk</th>
                      </tr>
                    </thead>
                    <tbody className="utrecht-table__body">
                      {neighbourhoods.map((region) => (
                        <tr key={region.code} className="utrecht-table__row">
                          <th scope="row" className="utrecht-table__cell">{region.name}</th>
                          <td className="utrecht-table__cell">{region.code}</td>
                          <td className="utrecht-table__cell">{(region.districtCode && districts.get(region.districtCode)?.name) || '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </div>
            )}
          </section>

          <section aria-labelledby="publieke-kaart">
            <Heading level={2} id="publieke-kaart">
              Publieke contactkaart
            </Heading>
            <Paragraph>Zo zien inwoners dit gebied als zij hun {municipality?.connectorTitle ?? 'wijkverbinder'} zoeken.</Paragraph>
            {card.isPending && <Loading />}
            {card.isError && <Alert type="warning">{errorMessage(card.error)}</Alert>}
            {card.data && (
              <div className="card-preview">
                <ContactCard card={card.data} headingLevel={3} />
              </div>
            )}
          </section>
        </>
      )}
    </>
  );
}
