import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import type pg from 'pg';
import { importStatisticsInTransaction, planFromFiles } from '../src/server/modules/statistics/import-statistics.js';

/** The real CBS and RIVM files of the shared data folder that the statistics tests and e2e flows import. */
export const STATISTICS_FILES = [
  'cbs-kerncijfers/kwb2024_85984NED_gemeente_wijk_stripped.json',
  'cbs-kerncijfers/kwb2024_85984NED_DataProperties.json',
  'cbs-kerncijfers/kwb2024_85984NED_TableInfos.json',
  'rivm-gezondheid/gezondheid_wijk_buurt_2020_18plus.csv',
  'rivm-gezondheid/gezondheid_wijk_buurt_2020_65plus.csv',
  'cbs-kerncijfers/kwb2022_85318NED_WijkenEnBuurten.csv',
  'cbs-kerncijfers/kwb2022_85318NED_DataProperties.csv',
  'cbs-kerncijfers/kwb2022_85318NED_TableInfos.csv',
];

/** Imports the real statistics files as the CLI does (owner, one transaction). */
export async function importRealStatistics(ownerPool: pg.Pool, sharedDataDir: string, files = STATISTICS_FILES): Promise<void> {
  const texts = await Promise.all(
    files.map(async (file) => ({ fileName: path.basename(file), text: await readFile(path.join(sharedDataDir, file), 'utf8') })),
  );
  await importStatisticsInTransaction({ pool: ownerPool, plan: planFromFiles(texts), importedBy: 'test' });
}

/**
 * The text a PDF shows, as far as pdfkit writes it with the standard fonts: every (Flate) content stream
 * inflated and its hex-encoded strings decoded (WinAnsi ≈ Latin-1), plus the document info strings.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [];
  const streamPattern = /stream\r?\n/g;
  let match: RegExpExecArray | null = streamPattern.exec(raw);
  while (match) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const bytes = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1');
    }
    for (const hex of content.matchAll(/<([0-9a-fA-F]+)>/g)) parts.push(Buffer.from(hex[1] as string, 'hex').toString('latin1'));
    streamPattern.lastIndex = end;
    match = streamPattern.exec(raw);
  }
  for (const literal of raw.matchAll(/\/Title \(([^)]*)\)/g)) parts.push(literal[1] as string);
  return parts.join('');
}
