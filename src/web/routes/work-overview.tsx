import { errorMessage } from '../api/client.js';
import type { Area } from '../api/types.js';
import { Alert, Loading } from '../components/Alert.js';
import { Heading } from '../components/Heading.js';
import { AppLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { AreasMap } from '../features/areas/AreasMap.js';
import { formatHours } from '../features/areas/AreaPeopleList.js';
import { capitalise, connectorsOf } from '../features/areas/regions.js';
import { useAreas, useRegions } from '../features/areas/use-areas.js';
import { useMe } from '../features/auth/use-session.js';
import { useOwnMunicipality } from '../features/municipality/use-municipality.js';

const ROLE_NOUN = { connector: '', alderman: 'wijkwethouder', adviser: 'wijkadviseur' } as const;

/** The staff start page: my areas first, then every area of the municipality on the map and in a table. */
export function WorkOverviewPage() {
  const me = useMe().data;
  const municipality = useOwnMunicipality().data;
  const areas = useAreas();
  const regions = useRegions();
  const title = municipality?.connectorTitle ?? 'wijkverbinder';
  usePageTitle('Overzicht gebieden');

  const mine = (areas.data ?? []).filter((area) => area.isMine);
  const all = [...(areas.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const myRole = (area: Area) => {
    const entries = area.people.filter((person) => person.userId === me?.id);
    return entries
      .map((person) => (person.role === 'connector' ? `${title}${person.hoursPerWeek !== null ? `, ${formatHours(person.hoursPerWeek)} per week` : ''}` : ROLE_NOUN[person.role]))
      .join('; ');
  };

  return (
    <>
      <Heading level={1}>Overzicht gebieden{municipality ? ` ${municipality.name}` : ''}</Heading>
      {me && <Paragraph lead>Welkom, {me.name}.</Paragraph>}
      {areas.isPending && <Loading>Gebieden laden…</Loading>}
      {areas.isError && <Alert type="error">{errorMessage(areas.error)}</Alert>}

      {areas.data && (
        <>
          <section aria-labelledby="mijn-gebieden">
            <Heading level={2} id="mijn-gebieden">
              Mijn gebieden
            </Heading>
            {mine.length === 0 ? (
              <Paragraph>U werkt (nog) niet voor een gebied. Hieronder staan alle gebieden van de gemeente.</Paragraph>
            ) : (
              <ul className="utrecht-link-list utrecht-link-list--html-ul area-link-list">
                {mine.map((area) => (
                  <li key={area.id} className="utrecht-link-list__item">
                    <AppLink to={`/werk/gebieden/${area.id}`}>{area.name}</AppLink>
                    <span className="area-link-list__meta"> — {area.kind}, u bent hier {myRole(area)}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="alle-gebieden">
            <Heading level={2} id="alle-gebieden">
              Alle gebieden
            </Heading>
            <div className="map-layout">
              <div className="map-layout__map">
                {regions.data && (
                  <AreasMap
                    areas={all}
                    regions={regions.data.regions}
                    label={`Kaart met de ${all.length} gebieden van de gemeente. Klik op een buurt om het gebied te openen; de tabel bevat dezelfde gebieden.`}
                  />
                )}
                {regions.isError && <Alert type="error">{errorMessage(regions.error)}</Alert>}
                {regions.data && <p className="utrecht-paragraph utrecht-paragraph--small">Gearceerd: buurten die nog bij geen gebied horen. CBS-indeling {regions.data.year}.</p>}
              </div>
              <div className="map-layout__legend">
                <table className="utrecht-table utrecht-table--html-table">
                  <caption className="utrecht-table__caption">Gebieden ({all.length})</caption>
                  <thead className="utrecht-table__header">
                    <tr className="utrecht-table__row">
                      <th scope="col" className="utrecht-table__header-cell">Gebied</th>
                      <th scope="col" className="utrecht-table__header-cell">{capitalise(title)}</th>
                      <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">Buurten</th>
                    </tr>
                  </thead>
                  <tbody className="utrecht-table__body">
                    {all.map((area) => (
                      <tr key={area.id} className="utrecht-table__row">
                        <th scope="row" className="utrecht-table__cell">
                          <AppLink to={`/werk/gebieden/${area.id}`}>{area.name}</AppLink>
                          {area.isMine && <span className="tag">mijn gebied</span>}
                          <span className="area-link-list__meta"> ({area.kind})</span>
                        </th>
                        <td className="utrecht-table__cell">{connectorsOf(area).map((p) => p.name).join(', ') || '—'}</td>
                        <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{area.regionCodes.length}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </div>
          </section>
        </>
      )}
    </>
  );
}
