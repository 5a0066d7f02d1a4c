import { useMemo, useState } from 'react';
import { OWN_FIGURE_PUBLISHER, formatFigureValue, ownFigureId, ownFigureIndicators, ownFigureYears, parseOwnFigureId } from '../../shared/schemas/statistics.js';
import { errorMessage } from '../api/client.js';
import { Alert, Loading } from '../components/Alert.js';
import { Checkbox, Fieldset, Radio, SelectField } from '../components/FormField.js';
import { Heading } from '../components/Heading.js';
import { AppLink, ButtonLink } from '../components/Link.js';
import { Paragraph } from '../components/Paragraph.js';
import { usePageTitle } from '../components/page-title.js';
import { useAreas, useRegions } from '../features/areas/use-areas.js';
import { hasRole, useMe } from '../features/auth/use-session.js';
import { useOwnMunicipality } from '../features/municipality/use-municipality.js';
import { useAreaComparison, useIndicators, useIndicatorValues } from '../features/statistics/api.js';
import { AreaChoropleth } from '../features/statistics/AreaChoropleth.js';
import { Choropleth } from '../features/statistics/Choropleth.js';
import { FigureNotes, FigureValue, figureNotes } from '../features/statistics/FigureValue.js';
import { IndicatorSelect } from '../features/statistics/IndicatorSelect.js';
import '../features/statistics/statistics.css';

const DEFAULT_INDICATOR = /AantalInwoners_5$/;
const COMPARE_DEFAULTS = [/AantalInwoners_5$/, /Bevolkingsdichtheid_34$/, /\.20300\.Eenzaam_28$/, /\.20300\.MoeiteMetRondkomen_38$/];

/** Key figures of the municipality: a map of any indicator, the areas side by side, links to each area. */
export function StatisticsOverviewPage() {
  usePageTitle('Kengetallen');
  const me = useMe().data;
  const municipality = useOwnMunicipality().data;
  const indicators = useIndicators();
  const areas = useAreas();
  const regions = useRegions();
  const list = indicators.data ?? [];
  const hasNeighbourhoods = (regions.data?.regions ?? []).some((region) => region.kind === 'neighbourhood');

  // Own figures (signals per 1,000 inhabitants) exist per area: on the map as areas, in the comparison as columns.
  const thisYear = ownFigureYears()[0] as number;
  const [ownYear, setOwnYear] = useState(thisYear);
  const ownList = useMemo(() => ownFigureIndicators(ownYear), [ownYear]);
  const mapChoices = useMemo(() => [...list, ...ownFigureIndicators(thisYear)], [list, thisYear]);

  const [chosen, setChosen] = useState('');
  const [level, setLevel] = useState<'district' | 'neighbourhood' | ''>('');
  const mapIndicator = chosen || list.find((indicator) => DEFAULT_INDICATOR.test(indicator.id))?.id || list[0]?.id;
  const isOwnOnMap = mapIndicator !== undefined && parseOwnFigureId(mapIndicator) !== null;
  const current = mapChoices.find((indicator) => indicator.id === mapIndicator);
  const mapLevel = level || (current && current.levels.neighbourhood > 0 && hasNeighbourhoods ? 'neighbourhood' : 'district');
  const values = useIndicatorValues(isOwnOnMap ? undefined : mapIndicator, mapLevel, municipality?.code);
  const ownMap = useAreaComparison(isOwnOnMap && mapIndicator ? [mapIndicator] : []);

  const [compared, setCompared] = useState<string[] | null>(null);
  const comparedIds =
    compared ??
    [...COMPARE_DEFAULTS.map((pattern) => list.find((indicator) => pattern.test(indicator.id))?.id), list.length > 0 ? ownFigureId(thisYear, null) : undefined].filter(
      (id): id is string => Boolean(id),
    );
  const comparison = useAreaComparison(comparedIds);
  const toggleCompared = (id: string, checked: boolean) => setCompared(checked ? [...comparedIds, id] : comparedIds.filter((other) => other !== id));

  return (
    <>
      <Heading level={1}>Kengetallen{municipality ? ` ${municipality.name}` : ''}</Heading>
      <Paragraph lead>
        Openbare cijfers van CBS en RIVM per gebied, wijk en buurt, naast de gemeente en Nederland. Elk cijfer noemt zijn bron en jaar.
      </Paragraph>
      <p className="utrecht-paragraph">
        <ButtonLink to="/werk/statistieken/prioriteiten">Prioriteitsindex</ButtonLink>{' '}
        {hasRole(me, 'administrator') && (
          <ButtonLink to="/werk/beheer/statistieken" appearance="secondary">
            Cijfers importeren
          </ButtonLink>
        )}
      </p>
      {indicators.isPending && <Loading>Indicatoren laden…</Loading>}
      {indicators.isError && <Alert type="error">{errorMessage(indicators.error)}</Alert>}
      {indicators.data && list.length === 0 && (
        <Alert type="info">
          Er zijn nog geen cijfers geïmporteerd. Een beheerder importeert ze via ‘Cijfers importeren’ of met <code>npx schakel import-statistics</code>.
        </Alert>
      )}

      <section aria-labelledby="gebieden">
        <Heading level={2} id="gebieden">
          Kengetallen per gebied
        </Heading>
        {areas.isPending && <Loading>Gebieden laden…</Loading>}
        <ul className="area-link-list">
          {[...(areas.data ?? [])]
            .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
            .map((area) => (
              <li key={area.id}>
                <AppLink to={`/werk/statistieken/gebieden/${area.id}`}>{area.name}</AppLink>
              </li>
            ))}
        </ul>
      </section>

      {list.length > 0 && (
        <section aria-labelledby="kaart">
          <Heading level={2} id="kaart">
            Kaart
          </Heading>
          <div className="statistics-controls">
            <IndicatorSelect id="kaart-indicator" label="Indicator op de kaart" indicators={mapChoices} value={mapIndicator ?? ''} onChange={setChosen} />
            {!isOwnOnMap && (
              <Fieldset legend="Niveau">
                <Radio name="niveau" id="niveau-buurt" label="CBS-buurten" checked={mapLevel === 'neighbourhood'} onSelect={() => setLevel('neighbourhood')} />
                <Radio name="niveau" id="niveau-wijk" label="CBS-wijken" checked={mapLevel === 'district'} onSelect={() => setLevel('district')} />
              </Fieldset>
            )}
          </div>
          {current?.description && <Paragraph>{current.description}</Paragraph>}
          {isOwnOnMap && ownMap.isPending && <Loading>Kaart laden…</Loading>}
          {isOwnOnMap && ownMap.isError && <Alert type="error">{errorMessage(ownMap.error)}</Alert>}
          {isOwnOnMap && ownMap.data && regions.data && <AreaChoropleth comparison={ownMap.data} regions={regions.data.regions} />}
          {!isOwnOnMap && values.isPending && <Loading>Kaart laden…</Loading>}
          {!isOwnOnMap && values.isError && <Alert type="error">{errorMessage(values.error)}</Alert>}
          {!isOwnOnMap && values.data && regions.data && (
            <>
              {values.data.values.length === 0 && (
                <Alert type="info">
                  {current?.source} heeft geen cijfers per {mapLevel === 'district' ? 'wijk' : 'buurt'} voor deze gemeente. Kies het andere niveau.
                </Alert>
              )}
              <Choropleth data={values.data} regions={regions.data.regions} levelLabel={mapLevel === 'district' ? 'wijk' : 'buurt'} />
            </>
          )}
        </section>
      )}

      {list.length > 0 && (
        <section aria-labelledby="vergelijken">
          <Heading level={2} id="vergelijken">
            Gebieden vergelijken
          </Heading>
          <details className="utrecht-paragraph">
            <summary>Indicatoren kiezen ({comparedIds.length} gekozen)</summary>
            <Fieldset legend="Indicatoren in de vergelijking">
              {list.map((indicator) => (
                <Checkbox
                  key={indicator.id}
                  id={`vergelijk-${indicator.id}`}
                  label={`${indicator.title} — ${indicator.publisher} ${indicator.year}`}
                  checked={comparedIds.includes(indicator.id)}
                  disabled={!comparedIds.includes(indicator.id) && comparedIds.length >= 8}
                  onCheckedChange={(checked) => toggleCompared(indicator.id, checked)}
                />
              ))}
            </Fieldset>
            <Fieldset legend="Eigen cijfers: signalen per 1.000 inwoners">
              <SelectField id="vergelijk-eigen-jaar" label="Jaar van de signalen" value={String(ownYear)} onValueChange={(value) => setOwnYear(Number(value))}>
                {ownFigureYears().map((year) => (
                  <option key={year} value={year}>
                    {year}
                  </option>
                ))}
              </SelectField>
              {ownList.map((indicator) => (
                <Checkbox
                  key={indicator.id}
                  id={`vergelijk-${indicator.id}`}
                  label={`${indicator.title} — ${indicator.source}`}
                  checked={comparedIds.includes(indicator.id)}
                  disabled={!comparedIds.includes(indicator.id) && comparedIds.length >= 8}
                  onCheckedChange={(checked) => toggleCompared(indicator.id, checked)}
                />
              ))}
            </Fieldset>
          </details>
          <Paragraph>
            Eigen cijfers tellen de wijkvraagstukken en individuele vragen van het jaar (niet de dagelijkse meldingen of dubbele signalen), gedeeld door
            het aantal inwoners volgens het CBS, maal 1.000. In het lopende jaar tellen ze tot vandaag.
          </Paragraph>
          {comparison.isError && <Alert type="error">{errorMessage(comparison.error)}</Alert>}
          {comparison.data && <ComparisonTable comparison={comparison.data} />}
        </section>
      )}
    </>
  );
}

function ComparisonTable({ comparison }: { comparison: NonNullable<ReturnType<typeof useAreaComparison>['data']> }) {
  const { indicators } = comparison;
  // Own figures say "per 1.000 inwoners" once, in the column header, not in every cell.
  const cellUnit = (i: number) => (indicators[i]?.publisher === OWN_FIGURE_PUBLISHER ? '' : (indicators[i]?.unit ?? ''));
  const { notes, noteNumber } = figureNotes();
  for (const area of comparison.areas) for (const figure of area.figures) if (figure.method === 'unavailable') noteNumber(figure.note);
  return (
    <div className="table-scroll">
      <table className="utrecht-table utrecht-table--html-table figure-table">
        <caption className="utrecht-table__caption">Gebieden naast elkaar (n.b.: niet beschikbaar, met de reden)</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Gebied</th>
            {indicators.map((indicator) => (
              <th key={indicator.id} scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
                {indicator.title}
                <span className="figure-note">
                  {indicator.publisher} {indicator.year}
                  {indicator.unit && indicator.unit !== 'aantal' ? `, ${indicator.unit}` : ''}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {comparison.areas.map((area) => (
            <tr key={area.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell">
                <AppLink to={`/werk/statistieken/gebieden/${area.id}`}>{area.name}</AppLink>
              </th>
              {area.figures.map((figure, i) => (
                <td key={indicators[i]?.id} className="utrecht-table__cell utrecht-table__cell--numeric-data">
                  <FigureValue
                    figure={figure}
                    decimals={indicators[i]?.decimals ?? 0}
                    unit={cellUnit(i)}
                    noteNumber={figure.method === 'unavailable' ? noteNumber(figure.note) : undefined}
                  />
                </td>
              ))}
            </tr>
          ))}
          {(['municipality', 'country'] as const).map((key) => (
            <tr key={key} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell">
                <strong>{key === 'municipality' ? 'Gemeente' : 'Nederland'}</strong>
              </th>
              {comparison[key].map((figure, i) => (
                <td key={indicators[i]?.id} className="utrecht-table__cell utrecht-table__cell--numeric-data">
                  {figure.method === 'unavailable' ? 'n.b.' : formatFigureValue(figure.value, indicators[i]?.decimals ?? 0, cellUnit(i))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <FigureNotes notes={notes} />
    </div>
  );
}
