import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

const REGION_LIST = 'cbs-kerncijfers/kwb2022_85318NED_WijkenEnBuurten.csv';

/** Municipality names from the CBS region list in the shared data folder, when it is there. */
export async function readMunicipalityNames(sharedDataDir: string): Promise<Map<string, string>> {
  const file = path.join(sharedDataDir, REGION_LIST);
  const names = new Map<string, string>();
  if (!existsSync(file)) return names;
  const rows: { Key: string; Title: string }[] = parse(await readFile(file, 'utf8'), { columns: true, trim: true });
  for (const row of rows) {
    const code = row.Key.trim();
    if (/^GM\d{4}$/.test(code)) names.set(code, row.Title.trim());
  }
  return names;
}
