import { useMemo } from 'react';
import { type Figure, formatFigureValue, type IndicatorValues } from '../../../shared/schemas/statistics.js';
import type { Region } from '../../api/types.js';
import { Heading } from '../../components/Heading.js';
import { RegionMap } from '../map/RegionMap.js';
import { colorClasses, NO_VALUE_COLOR } from './color-scale.js';
import { FigureValue } from './FigureValue.js';

/**
 * An indicator over the municipality's CBS districts or neighbourhoods: a coloured map with its legend,
 * and the same figures in a table (the map is an extra for the eye, the table is the content).
 */
export function Choropleth({ data, regions, levelLabel }: { data: IndicatorValues; regions: Region[]; levelLabel: string }) {
  const { indicator } = data;
  const byCode = useMemo(() => new Map(data.values.map((entry) => [entry.code, entry])), [data]);
  const shown = regions.filter((region) => (data.level === 'district' ? region.kind === 'district' : region.kind === 'neighbourhood'));
  const scale = useMemo(() => colorClasses(data.values.map((entry) => entry.value)), [data]);
  const format = (value: number | null) => formatFigureValue(value, indicator.decimals, indicator.unit);
  const rows = shown.map((region) => ({ region, value: byCode.get(region.code)?.value ?? null, inSource: byCode.has(region.code) }));
  const withoutValue = rows.filter((row) => row.value === null).length;

  return (
    <div className="map-layout">
      <div className="map-layout__map">
        <RegionMap
          regions={shown}
          label={`Kaart: ${indicator.title} per ${levelLabel}. De legenda en de tabel ernaast geven dezelfde cijfers.`}
          fill={(region) => scale.colorOf(byCode.get(region.code)?.value ?? null)}
          isHatched={(region) => (byCode.get(region.code)?.value ?? null) === null}
          title={(region) => `${region.name}: ${format(byCode.get(region.code)?.value ?? null)}`}
        />
        <Heading level={3} id="legenda">
          Legenda
        </Heading>
        <ul className="map-legend" aria-labelledby="legenda">
          {scale.classes.map((item) => (
            <li key={item.color}>
              <span className="legend-swatch" style={{ backgroundColor: item.color }} aria-hidden="true" />
              {format(item.from)} – {format(item.to)}
            </li>
          ))}
          <li>
            <span className="legend-swatch legend-swatch--empty" style={{ backgroundColor: NO_VALUE_COLOR }} aria-hidden="true" />
            geen waarde ({withoutValue})
          </li>
        </ul>
        <p className="utrecht-paragraph figure-source">
          Bron: {indicator.source}. Kleuren: vijf klassen met ongeveer evenveel {levelLabel === 'wijk' ? 'wijken' : 'buurten'} per klasse.
        </p>
      </div>
      <div className="map-layout__legend table-scroll">
        <table className="utrecht-table utrecht-table--html-table figure-table">
          <caption className="utrecht-table__caption">
            {indicator.title} per {levelLabel} ({indicator.year})
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{levelLabel === 'wijk' ? 'Wijk' : 'Buurt'}</th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{indicator.unit === 'aantal' ? 'Aantal' : indicator.unit}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map(({ region, value, inSource }) => (
              <tr key={region.code} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  {region.name} <span className="code">{region.code}</span>
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
                  {inSource ? format(value) : <span title="Deze code staat niet in de bron">niet in bron</span>}
                </td>
              </tr>
            ))}
            {data.reference.municipality && <ReferenceRow label="Gemeente" figure={data.reference.municipality} decimals={indicator.decimals} unit={indicator.unit} />}
            <ReferenceRow label="Nederland" figure={data.reference.country} decimals={indicator.decimals} unit={indicator.unit} />
          </tbody>
        </table>
      </div>
    </div>
  );
}

function ReferenceRow({ label, figure, decimals, unit }: { label: string; figure: Figure; decimals: number; unit: string }) {
  return (
    <tr className="utrecht-table__row">
      <th scope="row" className="utrecht-table__cell">
        <strong>{label}</strong>
      </th>
      <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
        <FigureValue figure={figure} decimals={decimals} unit={unit} />
      </td>
    </tr>
  );
}
