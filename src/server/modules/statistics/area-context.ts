import type { Figure } from '../../../shared/schemas/statistics.js';
import type { Scope } from '../../platform/db/scope.js';
import { combineFigure, countryFigure, coverArea, type Hierarchy } from './aggregate-figures.js';
import { type AreaRegionsRow, listAreaRegionRows, listTenantRegionRows, readMunicipalityName } from './statistics.repo.js';
import type { IndicatorMeta, StatisticsSnapshot } from './statistics-store.js';

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

/** The municipality's figure (from its CBS hierarchy) and the country's for one indicator. */
export async function municipalityAndCountry(snapshot: StatisticsSnapshot, context: AreaContext, indicator: IndicatorMeta): Promise<{ municipality: Figure; country: Figure }> {
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
