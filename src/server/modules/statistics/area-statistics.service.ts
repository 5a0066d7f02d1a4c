import { type AreaComparison, type AreaFigure, type AreaFigures, type Figure, type Indicator, parseOwnFigureId } from '../../../shared/schemas/statistics.js';
import type { Scope } from '../../platform/db/scope.js';
import { notFound } from '../../platform/errors.js';
import { coverArea } from './aggregate-figures.js';
import { type AreaContext, areaFigure, loadAreaContext, municipalityAndCountry } from './area-context.js';
import { createOwnFigureLookup, listOwnFigures, type OwnFigure } from './own-figures.js';
import { presentOwnFigures } from './own-figures.presenter.js';
import { getIndicator } from './public-statistics.service.js';
import { presentIndicator } from './statistics.presenter.js';
import type { IndicatorMeta, StatisticsSnapshot, StatisticsStore } from './statistics-store.js';

/** The newest indicator of every series: the default set of key figures. */
export function currentIndicators(snapshot: StatisticsSnapshot): IndicatorMeta[] {
  return snapshot.indicatorList.filter((indicator) => {
    const series = snapshot.seriesOf(indicator);
    return series[series.length - 1] === indicator;
  });
}

/**
 * An area's key figures beside its municipality and the Netherlands, each with its source, year and how it
 * was obtained; with every imported year of the same series for the trend charts.
 */
export async function getAreaFigures(
  scope: Scope & { store: StatisticsStore; areaId: string; indicatorIds?: string[]; year?: number; today?: Date },
): Promise<AreaFigures> {
  const snapshot = await scope.store.current();
  const context = await loadAreaContext(scope, snapshot);
  const area = context.areas.find((candidate) => candidate.id === scope.areaId);
  if (!area) throw notFound('Gebied niet gevonden.');
  // Own figures always come in `own`, whatever the list asks.
  const publicIds = scope.indicatorIds?.filter((id) => parseOwnFigureId(id) === null);
  const indicators = publicIds ? await Promise.all(publicIds.map((id) => getIndicator(snapshot, id))) : currentIndicators(snapshot);
  const figures: AreaFigure[] = [];
  for (const indicator of indicators) {
    const history = [];
    for (const member of snapshot.seriesOf(indicator)) {
      history.push({
        year: member.dataset.year,
        indicatorId: member.id,
        area: await areaFigure({ snapshot, context, indicator: member, regionCodes: area.region_codes }),
        ...(await municipalityAndCountry(snapshot, context, member)),
      });
    }
    const own = history.find((entry) => entry.indicatorId === indicator.id);
    if (!own) continue;
    figures.push({
      indicator: presentIndicator(indicator),
      area: own.area,
      municipality: own.municipality,
      country: own.country,
      parts: await partValues(snapshot, context, indicator, area.region_codes),
      history,
    });
  }
  return {
    area: { id: area.id, name: area.name, regionCodes: area.region_codes, composition: coverArea(area.region_codes, context.hierarchy) },
    municipality: { code: context.municipalityCode, name: context.municipalityName },
    figures,
    own: presentOwnFigures(await listOwnFigures({ ...scope, snapshot, context }), area.id),
  };
}

/** The area's own neighbourhoods (or districts) as the source has them: for "per buurt" next to a missing total. */
async function partValues(snapshot: StatisticsSnapshot, context: AreaContext, indicator: IndicatorMeta, codes: string[]) {
  const values = await snapshot.values(indicator.id);
  let parts = codes.filter((code) => values.has(code));
  if (parts.length === 0) parts = coverArea(codes, context.hierarchy).filter((code) => values.has(code));
  return parts.map((code) => ({ code, name: context.nameOf(code), value: values.get(code) ?? null }));
}

/** All areas of the municipality side by side for the chosen indicators: CBS/RIVM and own figures alike. */
export async function compareAreas(scope: Scope & { store: StatisticsStore; indicatorIds?: string[]; today?: Date }): Promise<AreaComparison> {
  const snapshot = await scope.store.current();
  const context = await loadAreaContext(scope, snapshot);
  const findOwn = createOwnFigureLookup({ ...scope, snapshot, context });
  const columns: (IndicatorMeta | OwnFigure)[] = [];
  for (const id of scope.indicatorIds ?? currentIndicators(snapshot).slice(0, 8).map((indicator) => indicator.id)) {
    columns.push((await findOwn(id)) ?? (await getIndicator(snapshot, id)));
  }
  const isOwn = (column: IndicatorMeta | OwnFigure): column is OwnFigure => 'byArea' in column;
  const areas = [];
  for (const area of context.areas) {
    const figures: Figure[] = [];
    for (const column of columns) {
      figures.push(
        isOwn(column)
          ? (column.byArea.get(area.id)?.figure as Figure)
          : await areaFigure({ snapshot, context, indicator: column, regionCodes: area.region_codes }),
      );
    }
    areas.push({ id: area.id, name: area.name, figures });
  }
  const references: { municipality: Figure; country: Figure }[] = [];
  for (const column of columns) {
    references.push(isOwn(column) ? { municipality: column.municipality.figure, country: column.country } : await municipalityAndCountry(snapshot, context, column));
  }
  const indicators: Indicator[] = columns.map((column) => (isOwn(column) ? column.indicator : presentIndicator(column)));
  return {
    indicators,
    areas,
    municipality: references.map((reference) => reference.municipality),
    country: references.map((reference) => reference.country),
  };
}
