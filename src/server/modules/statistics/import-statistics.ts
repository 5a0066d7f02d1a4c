import type pg from 'pg';
import type { StatisticsImportSummary } from '../../../shared/schemas/statistics.js';
import {
  bumpStatisticsGeneration,
  insertIndicators,
  insertValues,
  lockStatisticsImport,
  replaceRegionList,
  resetDataset,
} from './import-statistics.repo.js';
import { levelOf, type ParsedDataset, type StatisticsImportPlan, planStatisticsImport } from './plan-statistics-import.js';
import { readStatisticsFile } from './read-statistics-file.js';

const BATCH = 20_000;

/** The stable id of an indicator: table, year, variant (if any) and the source column. */
export function indicatorId(dataset: Pick<ParsedDataset, 'tableId' | 'year' | 'variant'>, key: string): string {
  return [dataset.tableId, dataset.year, dataset.variant, key].filter((part) => part !== '').join('.');
}

/** Reads and checks files into an import plan; throws StatisticsFileError before anything is written. */
export function planFromFiles(files: { fileName: string; text: string }[], options: { year?: number } = {}): StatisticsImportPlan {
  return planStatisticsImport(files.map((file) => readStatisticsFile(file)), options);
}

/**
 * Writes a checked plan inside the caller's transaction: each dataset (table, variant, year) replaces its
 * previous import entirely, so importing the same files twice changes nothing. Running servers see the
 * new figures through the bumped generation.
 */
export async function importStatistics(options: {
  db: pg.PoolClient;
  plan: StatisticsImportPlan;
  importedBy: string;
  onProgress?: (done: number, total: number) => void;
}): Promise<StatisticsImportSummary> {
  const { db, plan } = options;
  const total =
    plan.datasets.reduce((sum, dataset) => sum + dataset.regionCodes.length * dataset.indicators.length, 0) +
    plan.regionLists.reduce((sum, list) => sum + list.regions.length, 0);
  let done = 0;
  const progress = (step: number) => {
    done += step;
    options.onProgress?.(done, total);
  };
  await lockStatisticsImport(db);

  const summary: StatisticsImportSummary = { datasets: [], regionLists: [], notes: plan.notes };
  for (const dataset of plan.datasets) {
    const datasetId = await resetDataset(db, dataset, options.importedBy);
    const indicators = dataset.indicators.map((indicator) => ({ ...indicator, id: indicatorId(dataset, indicator.key) }));
    await insertIndicators(db, datasetId, indicators);
    let batch = { indicatorIds: [] as string[], codes: [] as string[], values: [] as (number | null)[] };
    let valueCount = 0;
    for (const indicator of indicators) {
      const values = dataset.values.get(indicator.key) ?? [];
      for (let i = 0; i < dataset.regionCodes.length; i++) {
        batch.indicatorIds.push(indicator.id);
        batch.codes.push(dataset.regionCodes[i] as string);
        batch.values.push(values[i] ?? null);
        if (values[i] !== null && values[i] !== undefined) valueCount++;
        if (batch.codes.length >= BATCH) {
          await insertValues(db, batch);
          progress(batch.codes.length);
          batch = { indicatorIds: [], codes: [], values: [] };
        }
      }
    }
    if (batch.codes.length > 0) {
      await insertValues(db, batch);
      progress(batch.codes.length);
    }
    const regions = { country: 0, municipality: 0, district: 0, neighbourhood: 0 };
    for (const code of dataset.regionCodes) regions[levelOf(code)]++;
    summary.datasets.push({
      tableId: dataset.tableId,
      title: dataset.title,
      variant: dataset.variantLabel || null,
      year: dataset.year,
      indicators: indicators.length,
      regions,
      values: valueCount,
      emptyCells: dataset.regionCodes.length * indicators.length - valueCount,
    });
  }
  for (const list of plan.regionLists) {
    await replaceRegionList(db, list);
    progress(list.regions.length);
    const regions = { country: 0, municipality: 0, district: 0, neighbourhood: 0 };
    for (const region of list.regions) regions[region.kind]++;
    summary.regionLists.push({ fileName: list.fileName, year: list.year, regions });
  }
  await bumpStatisticsGeneration(db);
  return summary;
}

/** importStatistics in its own transaction on `pool` (the CLI: as the owner). All or nothing. */
export async function importStatisticsInTransaction(options: {
  pool: pg.Pool;
  plan: StatisticsImportPlan;
  importedBy: string;
  onProgress?: (done: number, total: number) => void;
}): Promise<StatisticsImportSummary> {
  const client = await options.pool.connect();
  try {
    await client.query('begin');
    const summary = await importStatistics({ ...options, db: client });
    await client.query('commit');
    return summary;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
