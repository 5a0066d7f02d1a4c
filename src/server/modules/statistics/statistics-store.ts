import type pg from 'pg';
import {
  type DatasetRow,
  type IndicatorRow,
  listDatasetRows,
  listIndicatorRows,
  listRegionNameRows,
  readIndicatorValueRows,
  readStatisticsGeneration,
} from './statistics.repo.js';

export interface DatasetMeta {
  id: number;
  tableId: string;
  variant: string;
  variantLabel: string;
  year: number;
  publisher: string;
  title: string;
  series: string;
  /** "CBS Kerncijfers wijken en buurten 2024 (85984NED)". */
  source: string;
  importedAt: string;
  importedBy: string;
  levels: DatasetRow['levels'];
}

export interface IndicatorMeta {
  row: IndicatorRow;
  id: string;
  dataset: DatasetMeta;
  /** The indicator in the same dataset that weighs this one (weighted mean), if any. */
  weightId: string | null;
  /** Same series in every year, oldest first (this one included). */
  seriesKey: string;
}

export interface StatisticsSnapshot {
  generation: number;
  datasets: DatasetMeta[];
  indicators: Map<string, IndicatorMeta>;
  indicatorList: IndicatorMeta[];
  seriesOf: (indicator: IndicatorMeta) => IndicatorMeta[];
  regionName: (code: string) => string | undefined;
  /** All values of one indicator, by region code (loaded once per generation). */
  values: (indicatorId: string) => Promise<Map<string, number | null>>;
  /**
   * A response of public figures as JSON text, computed once per generation: the figures cannot change
   * until the next import, and a national map is 3,393 values that every user asks for alike.
   */
  cachedJson: (key: string, compute: () => Promise<unknown>) => Promise<string>;
}

// Serialised responses kept per generation, oldest dropped first beyond this many characters.
const RESPONSE_CACHE_CHARS = 24 * 1024 * 1024;
const RESPONSE_CACHE_ENTRIES = 200;

export interface StatisticsStore {
  current(): Promise<StatisticsSnapshot>;
}

/**
 * The public figures in memory: metadata at once, values per indicator when first asked. Every call checks
 * the import generation (one tiny query), so an import — also by the CLI in another process — is seen at once.
 */
export function createStatisticsStore(pool: pg.Pool): StatisticsStore {
  let snapshot: Promise<StatisticsSnapshot> | undefined;
  let generation = -1;
  return {
    async current() {
      const now = await readStatisticsGeneration(pool);
      if (!snapshot || now !== generation) {
        generation = now;
        snapshot = loadSnapshot(pool, now);
        snapshot.catch(() => {
          snapshot = undefined;
          generation = -1;
        });
      }
      return snapshot;
    },
  };
}

async function loadSnapshot(pool: pg.Pool, generation: number): Promise<StatisticsSnapshot> {
  const [datasetRows, indicatorRows, nameRows] = await Promise.all([listDatasetRows(pool), listIndicatorRows(pool), listRegionNameRows(pool)]);
  const datasets = new Map<number, DatasetMeta>(
    datasetRows.map((row) => [
      row.id,
      {
        id: row.id,
        tableId: row.table_id,
        variant: row.variant,
        variantLabel: row.variant_label,
        year: row.year,
        publisher: row.publisher,
        title: row.title,
        series: row.series,
        source: `${row.publisher} ${row.title}${row.variant_label ? `, ${row.variant_label}` : ''} (${row.table_id})`,
        importedAt: new Date(row.imported_at).toISOString(),
        importedBy: row.imported_by,
        levels: row.levels,
      },
    ]),
  );
  const byDatasetKey = new Map(indicatorRows.map((row) => [`${row.dataset_id}|${row.key}`, row.id]));
  const indicatorList: IndicatorMeta[] = [];
  for (const row of indicatorRows) {
    const dataset = datasets.get(row.dataset_id);
    if (!dataset) continue;
    indicatorList.push({
      row,
      id: row.id,
      dataset,
      weightId: row.weight_key ? (byDatasetKey.get(`${row.dataset_id}|${row.weight_key}`) ?? null) : null,
      seriesKey: `${dataset.publisher}|${dataset.series}|${dataset.variant}|${row.concept}`,
    });
  }
  const series = new Map<string, IndicatorMeta[]>();
  for (const indicator of indicatorList) {
    const list = series.get(indicator.seriesKey) ?? [];
    list.push(indicator);
    series.set(indicator.seriesKey, list);
  }
  for (const list of series.values()) list.sort((a, b) => a.dataset.year - b.dataset.year);
  const names = new Map(nameRows.map((row) => [row.code, row.name]));
  const valueCache = new Map<string, Promise<Map<string, number | null>>>();
  const responses = new Map<string, Promise<string>>();
  const sizes = new Map<string, number>();
  let cachedChars = 0;
  return {
    generation,
    datasets: [...datasets.values()],
    indicators: new Map(indicatorList.map((indicator) => [indicator.id, indicator])),
    indicatorList,
    seriesOf: (indicator) => series.get(indicator.seriesKey) ?? [indicator],
    regionName: (code) => names.get(code),
    values: (indicatorId) => {
      let values = valueCache.get(indicatorId);
      if (!values) {
        values = readIndicatorValueRows(pool, indicatorId).then((rows) => new Map(rows.map((row) => [row.region_code, row.value])));
        values.catch(() => valueCache.delete(indicatorId));
        valueCache.set(indicatorId, values);
      }
      return values;
    },
    cachedJson: (key, compute) => {
      const hit = responses.get(key);
      if (hit) {
        // Most recently used last: eviction takes the oldest.
        responses.delete(key);
        responses.set(key, hit);
        return hit;
      }
      const json = compute().then((value) => JSON.stringify(value));
      responses.set(key, json);
      json.then(
        (text) => {
          sizes.set(key, text.length);
          cachedChars += text.length;
          for (const oldest of responses.keys()) {
            if ((cachedChars <= RESPONSE_CACHE_CHARS && responses.size <= RESPONSE_CACHE_ENTRIES) || oldest === key) break;
            cachedChars -= sizes.get(oldest) ?? 0;
            sizes.delete(oldest);
            responses.delete(oldest);
          }
        },
        () => responses.delete(key),
      );
      return json;
    },
  };
}
