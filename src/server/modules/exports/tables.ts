import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';

export type Cell = string | number | null;

/** One exported table: what both the CSV and the XLSX are written from. */
export interface ExportTable {
  /** File and sheet name, e.g. "activiteiten". */
  name: string;
  columns: { header: string; kind?: 'text' | 'number' | 'percent' | 'date' }[];
  rows: Cell[][];
}

/**
 * CSV for Dutch spreadsheets: semicolons, decimal commas, a byte-order mark so Excel reads UTF-8.
 * Percentages are written as numbers of percent (25,5), not fractions.
 */
export function toCsv(table: ExportTable): string {
  const rows = table.rows.map((row) =>
    row.map((cell, i) => {
      if (typeof cell !== 'number') return cell ?? '';
      const value = table.columns[i]?.kind === 'percent' ? Math.round(cell * 1000) / 10 : cell;
      return String(value).replace('.', ',');
    }),
  );
  return stringify(rows, { header: true, columns: table.columns.map((column) => column.header), delimiter: ';', bom: true });
}

/** An XLSX workbook with one sheet: a bold, frozen header with filters, numbers as numbers, dates as dates. */
export async function toXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Schakel';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: Math.min(60, Math.max(10, column.header.length + 2)),
    style: column.kind === 'percent' ? { numFmt: '0.0%' } : column.kind === 'date' ? { numFmt: 'dd-mm-yyyy' } : {},
  }));
  for (const row of table.rows) {
    sheet.addRow(
      row.map((cell, i) =>
        table.columns[i]?.kind === 'date' && typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell,
      ),
    );
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  table.columns.forEach((column, i) => {
    if (column.kind !== 'text' && column.kind !== undefined) return;
    const longest = table.rows.reduce((max, row) => Math.max(max, String(row[i] ?? '').length), column.header.length);
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
