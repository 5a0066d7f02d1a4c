import type pg from 'pg';
import type { Dataset, Figure, Indicator, IndicatorValues, RegionIndicator } from '../../../shared/schemas/statistics.js';
import { notFound } from '../../platform/errors.js';
import { combineFigure, countryFigure } from './aggregate-figures.js';
import { normaliseRegionCode } from './plan-statistics-import.js';
import { presentDataset, presentIndicator } from './statistics.presenter.js';
import { readRegionValueRows } from './statistics.repo.js';
import type { IndicatorMeta, StatisticsSnapshot, StatisticsStore } from './statistics-store.js';

const LEVEL_PREFIX = { municipality: 'GM', district: 'WK', neighbourhood: 'BU' } as const;

/** The imported tables (per variant and year). */
export async function listDatasets({ store }: { store: StatisticsStore }): Promise<Dataset[]> {
  const snapshot = await store.current();
  return snapshot.datasets.map((dataset) =>
    presentDataset(dataset, snapshot.indicatorList.filter((indicator) => indicator.dataset.id === dataset.id).length),
  );
}

/** Every indicator, optionally of one year, or with figures at one level. */
export async function listIndicators(options: { store: StatisticsStore; year?: number; level?: keyof Dataset['regions'] }): Promise<Indicator[]> {
  const snapshot = await options.store.current();
  return snapshot.indicatorList
    .filter((indicator) => options.year === undefined || indicator.dataset.year === options.year)
    .filter((indicator) => options.level === undefined || indicator.dataset.levels[options.level] > 0)
    .map(presentIndicator);
}

export async function getIndicator(snapshot: StatisticsSnapshot, id: string): Promise<IndicatorMeta> {
  const indicator = snapshot.indicators.get(id);
  if (!indicator) throw notFound(`Onbekende indicator: ${id}. Zie GET /api/v1/statistics/indicators.`);
  return indicator;
}

/**
 * What the sources say about one region, exactly as imported: one entry per indicator and year of every
 * table that has a row for the region, with value null where the source has none.
 */
export async function listRegionIndicators(options: { store: StatisticsStore; pool: pg.Pool; code: string; year?: number }): Promise<RegionIndicator[]> {
  const code = normaliseRegionCode(options.code);
  const snapshot = await options.store.current();
  const rows = await readRegionValueRows(options.pool, code);
  const byId = new Map(rows.map((row) => [row.indicator_id, row.value]));
  const result = snapshot.indicatorList
    .filter((indicator) => byId.has(indicator.id))
    .filter((indicator) => options.year === undefined || indicator.dataset.year === options.year)
    .sort((a, b) => b.dataset.year - a.dataset.year || a.dataset.id - b.dataset.id || a.row.position - b.row.position)
    .map((indicator) => ({
      id: indicator.id,
      key: indicator.row.key,
      title: indicator.row.title,
      unit: indicator.row.unit,
      source: indicator.dataset.source,
      year: indicator.dataset.year,
      value: byId.get(indicator.id) ?? null,
    }));
  if (rows.length === 0) throw notFound(`Geen cijfers voor regio ${code}: deze code staat in geen enkele geïmporteerde tabel.`);
  return result;
}

/** An indicator's values for every region of a level, in one municipality or the whole country: map data. */
export async function listIndicatorValues(options: {
  snapshot: StatisticsSnapshot;
  indicatorId: string;
  level: 'municipality' | 'district' | 'neighbourhood';
  municipality?: string;
  nameOf?: (code: string) => string | undefined;
}): Promise<IndicatorValues> {
  const { snapshot } = options;
  const indicator = await getIndicator(snapshot, options.indicatorId);
  const values = await snapshot.values(indicator.id);
  const prefix = options.municipality ? `${LEVEL_PREFIX[options.level]}${options.municipality.slice(2)}` : LEVEL_PREFIX[options.level];
  const list: IndicatorValues['values'] = [];
  for (const [code, value] of values) {
    if (!code.startsWith(prefix)) continue;
    list.push({ code, name: options.nameOf?.(code) ?? snapshot.regionName(code) ?? code, value });
  }
  list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const references = await referenceFigures({ snapshot, indicator, municipality: options.municipality });
  return {
    indicator: presentIndicator(indicator),
    level: options.level,
    municipality: options.municipality ?? null,
    values: list,
    reference: { municipality: references.municipality, country: references.country },
  };
}

/** The municipality's figure (its own row, else combined from its districts in the source) and the country's. */
export async function referenceFigures(options: {
  snapshot: StatisticsSnapshot;
  indicator: IndicatorMeta;
  municipality?: string;
}): Promise<{ municipality: Figure | null; country: Figure }> {
  const { snapshot, indicator } = options;
  const values = await snapshot.values(indicator.id);
  const weights = indicator.weightId ? await snapshot.values(indicator.weightId) : undefined;
  const country = countryFigure({ values, weights, aggregation: indicator.row.aggregation });
  if (!options.municipality) return { municipality: null, country };
  const code = options.municipality;
  const districts = [...values.keys()].filter((key) => key.startsWith(`WK${code.slice(2)}`));
  const municipality = combineFigure({
    parts: [code],
    values,
    weights,
    aggregation: indicator.row.aggregation,
    hierarchy: { municipalityCode: code, districts, neighbourhoodsOf: new Map() },
    nameOf: (region) => snapshot.regionName(region) ?? region,
  });
  return { municipality, country };
}
