import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { importStatisticsInTransaction, planFromFiles } from './import-statistics.js';

/** The real CBS and RIVM files in the shared data folder that the demo (and the tests) import. */
export const DEMO_STATISTICS_FILES = [
  'cbs-kerncijfers/kwb2024_85984NED_gemeente_wijk_stripped.json',
  'cbs-kerncijfers/kwb2024_85984NED_DataProperties.json',
  'cbs-kerncijfers/kwb2024_85984NED_TableInfos.json',
  'rivm-gezondheid/gezondheid_wijk_buurt_2020_18plus.csv',
  'rivm-gezondheid/gezondheid_wijk_buurt_2020_65plus.csv',
  'cbs-kerncijfers/kwb2022_85318NED_WijkenEnBuurten.csv',
  'cbs-kerncijfers/kwb2022_85318NED_DataProperties.csv',
  'cbs-kerncijfers/kwb2022_85318NED_TableInfos.csv',
];

/**
 * Imports the shared CBS/RIVM files when no statistics are there yet (whole country, as the CLI does).
 * One call from the demo loader gives `npm start` its key figures; returns whether it imported.
 */
export async function loadDemoStatistics(options: { ownerPool: pg.Pool; sharedDataDir: string; force?: boolean }): Promise<boolean> {
  if (!options.force) {
    const { rows } = await options.ownerPool.query('select exists (select 1 from statistics_datasets) as present');
    if (rows[0]?.present) return false;
  }
  const files = DEMO_STATISTICS_FILES.map((file) => path.join(options.sharedDataDir, file)).filter((file) => existsSync(file));
  if (files.length === 0) return false;
  const texts = await Promise.all(files.map(async (file) => ({ fileName: path.basename(file), text: await readFile(file, 'utf8') })));
  await importStatisticsInTransaction({ pool: options.ownerPool, plan: planFromFiles(texts), importedBy: 'demo' });
  return true;
}
