// The A4 layout of the area report: margins, colours and the few blocks every section uses (pdfkit).

export const MARGIN = 64;
export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;
export const CONTENT = PAGE_WIDTH - 2 * MARGIN;
export const INK = '#1a1a1a';
export const MUTED = '#4d4d4d';
export const ACCENT = '#00548f';
const BOTTOM = 780;

/** 2025-03-01 → "1 maart 2025". */
export const formatDate = (isoDate: string) => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }).format(new Date(`${isoDate}T12:00:00`));

export function heading(doc: PDFKit.PDFDocument, text: string): void {
  if (doc.y > 720) doc.addPage();
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).fillColor(ACCENT).text(text, MARGIN, doc.y, { width: CONTENT });
  doc.moveDown(0.3).fillColor(INK);
}

export function subheading(doc: PDFKit.PDFDocument, text: string): void {
  if (doc.y > 740) doc.addPage();
  doc.moveDown(0.3).font('Helvetica-Bold').fontSize(10).fillColor(INK).text(text, MARGIN, doc.y, { width: CONTENT });
  doc.moveDown(0.2);
}

export function paragraph(doc: PDFKit.PDFDocument, text: string): void {
  doc.font('Helvetica').fontSize(10).fillColor(INK).text(text, MARGIN, doc.y, { width: CONTENT, lineGap: 2 });
  doc.moveDown(0.4);
}

export function smallPrint(doc: PDFKit.PDFDocument, lines: string[]): void {
  doc.font('Helvetica').fontSize(8).fillColor(MUTED);
  for (const line of lines) doc.text(line, MARGIN, doc.y, { width: CONTENT });
  doc.fillColor(INK);
}

export interface TableColumn {
  label: string;
  width: number;
  align?: 'left' | 'right';
}

/** One table row: cells wrap in their column, a thin rule below; a new page when it does not fit. */
export function tableRow(doc: PDFKit.PDFDocument, columns: TableColumn[], cells: string[], bold = false): void {
  const font = bold ? 'Helvetica-Bold' : 'Helvetica';
  const widthOf = (i: number) => (columns[i]?.width ?? 60) - 6;
  const heights = cells.map((cell, i) => doc.font(font).fontSize(8.5).heightOfString(cell, { width: widthOf(i) }));
  const height = Math.max(...heights) + 6;
  if (doc.y + height > BOTTOM) doc.addPage();
  const y = doc.y;
  let x = MARGIN;
  cells.forEach((cell, i) => {
    doc.font(font).fontSize(8.5).fillColor(INK).text(cell, x + 3, y + 3, { width: widthOf(i), align: columns[i]?.align ?? 'left' });
    x += columns[i]?.width ?? 60;
  });
  doc.moveTo(MARGIN, y + height).lineTo(PAGE_WIDTH - MARGIN, y + height).lineWidth(0.5).strokeColor('#b3b3b3').stroke();
  doc.x = MARGIN;
  doc.y = y + height;
}

/** A table with a bold header row; rows listed in `boldRows` (e.g. a total) are bold too. */
export function table(doc: PDFKit.PDFDocument, columns: TableColumn[], rows: string[][], boldRows: Set<number> = new Set()): void {
  tableRow(doc, columns, columns.map((column) => column.label), true);
  rows.forEach((cells, i) => {
    tableRow(doc, columns, cells, boldRows.has(i));
  });
  doc.moveDown(0.5);
}
