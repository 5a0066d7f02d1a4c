import type { AreaComparison, AreaFigure, AreaFigures, Figure } from '../../../shared/schemas/statistics.js';
import type { Scope } from '../../platform/db/scope.js';
import { notFound } from '../../platform/errors.js';
import { combineFigure, countryFigure, coverArea, type Hierarchy } from './aggregate-figures.js';
import { getIndicator } from './public-statistics.service.js';
import { presentIndicator } from './statistics.presenter.js';
import { type AreaRegionsRow, listAreaRegionRows, listTenantRegionRows, readMunicipalityName } from './statistics.repo.js';
import type { IndicatorMeta, StatisticsSnapshot, StatisticsStore } from './statistics-store.js';

/** What the figures of a municipality's areas need: its CBS hierarchy, region names and its areas. */
export interface AreaContext {
  municipalityCode: string;
  municipalityName: string;
  hierarchy: Hierarchy;
  areas: AreaRegionsRow[];
  nameOf: (code: string) => string;
}

export async function loadAreaContext(scope: Scope, snapshot: StatisticsSnapshot): Promise<AreaContext> {
  // One connection in a transaction: one query at a time.
  const regions = await listTenantRegionRows(scope.db, scope.municipalityId);
  const areas = await listAreaRegionRows(scope.db, scope.municipalityId);
  const municipalityName = await readMunicipalityName(scope.db, scope.municipalityId);
  const districts = regions.filter((region) => region.kind === 'district').map((region) => region.code);
  const neighbourhoodsOf = new Map<string, string[]>();
  for (const region of regions) {
    if (region.kind !== 'neighbourhood' || !region.district_code) continue;
    const list = neighbourhoodsOf.get(region.district_code) ?? [];
    list.push(region.code);
    neighbourhoodsOf.set(region.district_code, list);
    if (!districts.includes(region.district_code)) districts.push(region.district_code);
  }
  const names = new Map(regions.map((region) => [region.code, region.name]));
  names.set(scope.municipalityId, municipalityName);
  return {
    municipalityCode: scope.municipalityId,
    municipalityName,
    hierarchy: { municipalityCode: scope.municipalityId, districts: districts.sort(), neighbourhoodsOf },
    areas,
    nameOf: (code) => names.get(code) ?? snapshot.regionName(code) ?? (code === 'NL01' ? 'Nederland' : code),
  };
}

/** An area's figure for one indicator, built from exactly the CBS regions the area consists of. */
export async function areaFigure(options: { snapshot: StatisticsSnapshot; context: AreaContext; indicator: IndicatorMeta; regionCodes: string[] }): Promise<Figure> {
  const { snapshot, context, indicator } = options;
  const values = await snapshot.values(indicator.id);
  const weights = indicator.weightId ? await snapshot.values(indicator.weightId) : undefined;
  return combineFigure({
    parts: coverArea(options.regionCodes, context.hierarchy),
    values,
    weights,
    aggregation: indicator.row.aggregation,
    hierarchy: context.hierarchy,
    nameOf: context.nameOf,
  });
}

async function municipalityAndCountry(snapshot: StatisticsSnapshot, context: AreaContext, indicator: IndicatorMeta): Promise<{ municipality: Figure; country: Figure }> {
  const values = await snapshot.values(indicator.id);
  const weights = indicator.weightId ? await snapshot.values(indicator.weightId) : undefined;
  const municipality = combineFigure({
    parts: [context.municipalityCode],
    values,
    weights,
    aggregation: indicator.row.aggregation,
    hierarchy: context.hierarchy,
    nameOf: context.nameOf,
  });
  return { municipality, country: countryFigure({ values, weights, aggregation: indicator.row.aggregation }) };
}

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
export async function getAreaFigures(scope: Scope & { store: StatisticsStore; areaId: string; indicatorIds?: string[] }): Promise<AreaFigures> {
  const snapshot = await scope.store.current();
  const context = await loadAreaContext(scope, snapshot);
  const area = context.areas.find((candidate) => candidate.id === scope.areaId);
  if (!area) throw notFound('Gebied niet gevonden.');
  const indicators = scope.indicatorIds
    ? await Promise.all(scope.indicatorIds.map((id) => getIndicator(snapshot, id)))
    : currentIndicators(snapshot);
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
  };
}

/** The area's own neighbourhoods (or districts) as the source has them: for "per buurt" next to a missing total. */
async function partValues(snapshot: StatisticsSnapshot, context: AreaContext, indicator: IndicatorMeta, codes: string[]) {
  const values = await snapshot.values(indicator.id);
  let parts = codes.filter((code) => values.has(code));
  if (parts.length === 0) parts = coverArea(codes, context.hierarchy).filter((code) => values.has(code));
  return parts.map((code) => ({ code, name: context.nameOf(code), value: values.get(code) ?? null }));
}

/** All areas of the municipality side by side for the chosen indicators. */
export async function compareAreas(scope: Scope & { store: StatisticsStore; indicatorIds?: string[] }): Promise<AreaComparison> {
  const snapshot = await scope.store.current();
  const context = await loadAreaContext(scope, snapshot);
  const indicators = scope.indicatorIds
    ? await Promise.all(scope.indicatorIds.map((id) => getIndicator(snapshot, id)))
    : currentIndicators(snapshot).slice(0, 8);
  const areas = [];
  for (const area of context.areas) {
    const figures = [];
    for (const indicator of indicators) figures.push(await areaFigure({ snapshot, context, indicator, regionCodes: area.region_codes }));
    areas.push({ id: area.id, name: area.name, figures });
  }
  const references = await Promise.all(indicators.map((indicator) => municipalityAndCountry(snapshot, context, indicator)));
  return {
    indicators: indicators.map(presentIndicator),
    areas,
    municipality: references.map((reference) => reference.municipality),
    country: references.map((reference) => reference.country),
  };
}
