import { inflateSync } from 'node:zlib';
import type pg from 'pg';
import { loadDemoStatistics } from '../src/server/modules/statistics/demo-statistics.js';

export { DEMO_STATISTICS_FILES as STATISTICS_FILES } from '../src/server/modules/statistics/demo-statistics.js';

/** Imports the real statistics files as the CLI does (owner, one transaction). */
export async function importRealStatistics(ownerPool: pg.Pool, sharedDataDir: string): Promise<void> {
  await loadDemoStatistics({ ownerPool, sharedDataDir, force: true });
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
