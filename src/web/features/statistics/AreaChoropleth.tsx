import { useMemo } from 'react';
import { type AreaComparison, formatFigureValue } from '../../../shared/schemas/statistics.js';
import type { Region } from '../../api/types.js';
import { Heading } from '../../components/Heading.js';
import { RegionMap } from '../map/RegionMap.js';
import { colorClasses, NO_VALUE_COLOR } from './color-scale.js';
import { FigureNotes, FigureValue, figureNotes } from './FigureValue.js';

/**
 * A figure that exists per area (an own figure: signals per 1,000 inhabitants) on the map: every CBS
 * neighbourhood takes its area's colour, and the table lists the areas, since that is where the figure lives.
 */
export function AreaChoropleth({ comparison, regions }: { comparison: AreaComparison; regions: Region[] }) {
  const indicator = comparison.indicators[0];
  const figureOf = useMemo(() => new Map(comparison.areas.map((area) => [area.id, { name: area.name, figure: area.figures[0] }])), [comparison]);
  const scale = useMemo(() => colorClasses(comparison.areas.map((area) => area.figures[0]?.value ?? null)), [comparison]);
  if (!indicator) return null;
  const areaOfDistrict = new Map(regions.filter((region) => region.kind === 'district').map((region) => [region.code, region.areaId]));
  const neighbourhoods = regions.filter((region) => region.kind === 'neighbourhood');
  const shown = neighbourhoods.length > 0 ? neighbourhoods : regions.filter((region) => region.kind === 'district');
  const areaOf = (region: Region) => figureOf.get(region.areaId ?? (region.districtCode ? (areaOfDistrict.get(region.districtCode) ?? '') : ''));
  const format = (value: number | null | undefined) => formatFigureValue(value ?? null, indicator.decimals, '');
  const { notes, noteNumber } = figureNotes();

  return (
    <div className="map-layout">
      <div className="map-layout__map">
        <RegionMap
          regions={shown}
          label={`Kaart: ${indicator.title} per gebied. De legenda en de tabel ernaast geven dezelfde cijfers.`}
          fill={(region) => scale.colorOf(areaOf(region)?.figure?.value ?? null)}
          isHatched={(region) => (areaOf(region)?.figure?.value ?? null) === null}
          title={(region) => {
            const area = areaOf(region);
            return area ? `${region.name} (${area.name}): ${format(area.figure?.value)} ${indicator.unit}` : `${region.name}: hoort bij geen gebied`;
          }}
        />
        <Heading level={3} id="legenda">
          Legenda
        </Heading>
        <ul className="map-legend" aria-labelledby="legenda">
          {scale.classes.map((item) => (
            <li key={item.color}>
              <span className="legend-swatch" style={{ backgroundColor: item.color }} aria-hidden="true" />
              {format(item.from)} – {format(item.to)} {indicator.unit}
            </li>
          ))}
          <li>
            <span className="legend-swatch legend-swatch--empty" style={{ backgroundColor: NO_VALUE_COLOR }} aria-hidden="true" />
            geen cijfer, of geen gebied
          </li>
        </ul>
        <p className="utrecht-paragraph figure-source">
          Bron: {indicator.source}; inwoners: CBS. Eigen cijfers bestaan per gebied: elke buurt krijgt de kleur van zijn gebied.
        </p>
      </div>
      <div className="map-layout__legend table-scroll">
        <table className="utrecht-table utrecht-table--html-table figure-table">
          <caption className="utrecht-table__caption">
            {indicator.title} per gebied ({indicator.year})
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Gebied</th>
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{indicator.unit}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {comparison.areas.map((area) => {
              const figure = area.figures[0];
              return (
                <tr key={area.id} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__cell">{area.name}</th>
                  <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
                    {figure && <FigureValue figure={figure} decimals={indicator.decimals} unit="" noteNumber={figure.method === 'unavailable' ? noteNumber(figure.note) : undefined} />}
                  </td>
                </tr>
              );
            })}
            {comparison.municipality[0] && (
              <tr className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  <strong>Gemeente</strong>
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-data">{format(comparison.municipality[0].value)}</td>
              </tr>
            )}
          </tbody>
        </table>
        <FigureNotes notes={notes} />
      </div>
    </div>
  );
}
