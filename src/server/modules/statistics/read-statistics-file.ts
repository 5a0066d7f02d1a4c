import { parse } from 'csv-parse/sync';

/** A file the import refused: the message says which file and why, in Dutch. */
export class StatisticsFileError extends Error {}

export type RawRecord = Record<string, unknown>;

/** CBS figures: rows with a region column (OData TypedDataSet, CSV or JSON), or one object per region code. */
export interface DataFile {
  kind: 'data';
  fileName: string;
  tableIdHint: string | undefined;
  yearHint: number | undefined;
  /** The column holding the region code; for a keyed JSON object the synthetic column `__region`. */
  regionColumn: string;
  columns: string[];
  rows: RawRecord[];
}

/** CBS OData DataProperties: the topics (keys, titles, units, descriptions) and dimensions of a table. */
export interface PropertiesFile {
  kind: 'properties';
  fileName: string;
  tableIdHint: string | undefined;
  records: RawRecord[];
}

/** CBS OData TableInfos: identifier, title, period and modification date of a table. */
export interface TableInfoFile {
  kind: 'table-info';
  fileName: string;
  tableId: string;
  title: string;
  period: string;
  modified: string | null;
  catalog: string;
}

/** The CBS region dimension (WijkenEnBuurten): code, name and municipality of every region. */
export interface RegionListFile {
  kind: 'region-list';
  fileName: string;
  tableIdHint: string | undefined;
  yearHint: number | undefined;
  records: RawRecord[];
}

export type StatisticsFile = DataFile | PropertiesFile | TableInfoFile | RegionListFile;

export const REGION_COLUMNS = ['WijkenEnBuurten', 'RegioS', 'Codering_3'] as const;
const KEYED_REGION = '__region';
const CODE_LIKE = /^(NL0[01]|GM\d{4}|WK\d{4}[0-9A-Z]{2}|BU\d{4}[0-9A-Z]{4})$/;

/** A CBS table identifier in a file name: 85984NED, 50090NED, 85067NED. */
export function tableIdFromFileName(fileName: string): string | undefined {
  return /(?:^|[^0-9A-Z])(\d{5}(?:NED|ENG))(?:[^0-9A-Z]|$)/i.exec(fileName)?.[1]?.toUpperCase();
}

/** A year in a file name (kwb2024_…, …_2020_18plus.csv). */
export function yearFromFileName(fileName: string): number | undefined {
  const match = /(?:^|\D)((?:19|20)\d\d)(?:\D|$)/.exec(fileName);
  return match ? Number(match[1]) : undefined;
}

/**
 * Reads one statistics file as published by CBS or RIVM (CSV or JSON) and tells what it is. Throws a
 * StatisticsFileError for anything that is none of the known shapes.
 */
export function readStatisticsFile(options: { fileName: string; text: string }): StatisticsFile {
  const { fileName } = options;
  const text = options.text.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed.length === 0) throw new StatisticsFileError(`${fileName}: het bestand is leeg.`);
  const records = trimmed.startsWith('{') || trimmed.startsWith('[') ? readJson(fileName, text) : readCsv(fileName, text);
  return classify(fileName, records);
}

function readJson(fileName: string, text: string): RawRecord[] | { keyed: RawRecord } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new StatisticsFileError(`${fileName}: geen geldige JSON (${(error as Error).message}).`);
  }
  if (Array.isArray(json)) return json.map((record, index) => asRecord(fileName, record, index));
  if (isRecord(json) && Array.isArray(json.value)) return json.value.map((record, index) => asRecord(fileName, record, index));
  if (isRecord(json) && json.type === 'FeatureCollection') {
    throw new StatisticsFileError(`${fileName}: dit is een GeoJSON-bestand met grenzen, geen cijfers. Grenzen importeert u met 'npx schakel import-boundaries'.`);
  }
  if (isRecord(json)) return { keyed: json };
  throw new StatisticsFileError(`${fileName}: verwacht een JSON-lijst of -object met CBS-gegevens.`);
}

function readCsv(fileName: string, text: string): RawRecord[] {
  try {
    return parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true, relax_quotes: false }) as RawRecord[];
  } catch (error) {
    throw new StatisticsFileError(`${fileName}: geen leesbaar CSV-bestand (${(error as Error).message}).`);
  }
}

function classify(fileName: string, parsed: RawRecord[] | { keyed: RawRecord }): StatisticsFile {
  const tableIdHint = tableIdFromFileName(fileName);
  const yearHint = yearFromFileName(fileName);
  if (!Array.isArray(parsed)) return keyedData(fileName, parsed.keyed, tableIdHint, yearHint);
  const first = parsed[0];
  if (!first) throw new StatisticsFileError(`${fileName}: het bestand bevat geen rijen.`);
  const columns = Object.keys(first);
  const has = (...names: string[]) => names.every((name) => columns.includes(name));

  if (has('Type', 'Key', 'Title') && parsed.some((record) => record.Type === 'Topic')) {
    return { kind: 'properties', fileName, tableIdHint, records: parsed };
  }
  if (has('Identifier', 'Title')) {
    const tableId = String(first.Identifier ?? '').trim();
    if (!/^[0-9A-Za-z]{3,16}$/.test(tableId)) throw new StatisticsFileError(`${fileName}: TableInfos zonder geldige 'Identifier'.`);
    return {
      kind: 'table-info',
      fileName,
      tableId,
      title: String(first.Title ?? '').trim(),
      period: String(first.Period ?? '').trim(),
      modified: first.Modified ? String(first.Modified).trim() : null,
      catalog: String(first.Catalog ?? 'CBS').trim() || 'CBS',
    };
  }
  const regionColumn = REGION_COLUMNS.find((column) => columns.includes(column));
  if (regionColumn) {
    return { kind: 'data', fileName, tableIdHint, yearHint, regionColumn, columns, rows: parsed };
  }
  if (has('Key', 'Title') && parsed.slice(0, 20).some((record) => CODE_LIKE.test(String(record.Key ?? '').trim()))) {
    return { kind: 'region-list', fileName, tableIdHint, yearHint, records: parsed };
  }
  throw new StatisticsFileError(
    `${fileName}: onbekend soort bestand (kolommen: ${columns.slice(0, 8).join(', ')}${columns.length > 8 ? ', …' : ''}). ` +
      'Verwacht: CBS/RIVM-cijfers met een kolom WijkenEnBuurten of RegioS, een JSON-object per regiocode, ' +
      'CBS DataProperties, TableInfos of de CBS-regiolijst (Key, Title).',
  );
}

function keyedData(fileName: string, keyed: RawRecord, tableIdHint: string | undefined, yearHint: number | undefined): DataFile {
  const entries = Object.entries(keyed);
  if (entries.length === 0) throw new StatisticsFileError(`${fileName}: het JSON-object is leeg.`);
  const rows: RawRecord[] = [];
  const columns = new Set<string>();
  for (const [code, values] of entries) {
    if (!CODE_LIKE.test(code.trim()) || !isRecord(values)) {
      throw new StatisticsFileError(
        `${fileName}: verwacht een object per CBS-regiocode (GMxxxx, WKxxxxxx, BUxxxxxxxx) met cijfers; gevonden: '${code.slice(0, 40)}'.`,
      );
    }
    for (const column of Object.keys(values)) columns.add(column);
    rows.push({ ...values, [KEYED_REGION]: code });
  }
  return { kind: 'data', fileName, tableIdHint, yearHint, regionColumn: KEYED_REGION, columns: [...columns], rows };
}

function asRecord(fileName: string, value: unknown, index: number): RawRecord {
  if (!isRecord(value)) throw new StatisticsFileError(`${fileName}: element ${index + 1} is geen object.`);
  return value;
}

function isRecord(value: unknown): value is RawRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
