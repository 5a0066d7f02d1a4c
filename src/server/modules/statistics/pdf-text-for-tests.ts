import { inflateSync } from 'node:zlib';

// Test support for the area report (used by own-figures.test.ts and e2e/statistics.test.ts; not by the app).

/**
 * The text of every content stream of a pdfkit PDF (standard fonts: hex strings in WinAnsi ≈ Latin-1), with
 * white space removed, since lines wrap anywhere. Unlike test/statistics.ts's pdfText, it does not take
 * "endstream" for the start of the next stream, which skips every second stream (page 2, the footers).
 */
export function allPdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts: string[] = [];
  const streamPattern = /(?<!end)stream\r?\n/g;
  for (let match = streamPattern.exec(raw); match; match = streamPattern.exec(raw)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      content = raw.slice(start, end);
    }
    for (const hex of content.matchAll(/<([0-9a-fA-F]+)>/g)) parts.push(Buffer.from(hex[1] as string, 'hex').toString('latin1'));
    streamPattern.lastIndex = end + 'endstream'.length;
  }
  return parts.join('').replace(/\s+/g, '');
}

/** Whether the report shows `expected`, compared without white space; ’ is 0x92 in WinAnsi. */
export const pdfShows = (text: string, expected: string) => text.includes(expected.replace(/\s+/g, '').replaceAll('’', '\x92'));
