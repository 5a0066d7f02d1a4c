import { type Aggregation, aggregationOf, conceptOf, isHigherBetter } from './indicator-rules.js';
import {
  type DataFile,
  type PropertiesFile,
  type RawRecord,
  type RegionListFile,
  type StatisticsFile,
  StatisticsFileError,
  type TableInfoFile,
} from './read-statistics-file.js';
import { RIVM_DIMENSION_LABELS, RIVM_PROPERTIES, RIVM_TABLE_ID, RIVM_TABLE_INFO, looksLikeRivmGezondheid } from './rivm-gezondheid-metadata.js';

export interface ParsedIndicator {
  key: string;
  concept: string;
  position: number;
  title: string;
  unit: string;
  description: string;
  decimals: number;
  presentation: string;
  aggregation: Aggregation;
  weightKey: string | null;
  higherIsBetter: boolean;
}

export interface ParsedDataset {
  tableId: string;
  variant: string;
  variantLabel: string;
  year: number;
  publisher: string;
  title: string;
  series: string;
  modified: string | null;
  fileNames: string[];
  indicators: ParsedIndicator[];
  regionCodes: string[];
  /** Per indicator key, the values aligned with regionCodes (null: the source has no value). */
  values: Map<string, (number | null)[]>;
}

export interface ParsedRegionList {
  fileName: string;
  year: number;
  regions: { code: string; kind: RegionLevel; name: string; municipalityCode: string | null; districtCode: string | null }[];
}

export interface StatisticsImportPlan {
  datasets: ParsedDataset[];
  regionLists: ParsedRegionList[];
  /** What was skipped and why, for the summary. */
  notes: string[];
}

export type RegionLevel = 'country' | 'municipality' | 'district' | 'neighbourhood';

const REGION_CODE = /^(NL01|GM\d{4}|WK\d{4}[0-9A-Z]{2}|BU\d{4}[0-9A-Z]{4})$/;
const NO_VALUE = new Set(['', '.', 'x', 'X', '-', '?', '..']);
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const NUMERIC_TYPES = new Set(['Long', 'Double', 'Integer', 'Float', 'Decimal', 'Short']);
const TIME_COLUMN = 'Perioden';
const MARGIN_COLUMN = 'Marges';
const VALUE_MARGIN = 'MW00000';

/** CBS writes NL00 in the region list and NL01 in figures; both mean the Netherlands. */
export function normaliseRegionCode(raw: unknown): string {
  const code = String(raw ?? '').trim().toUpperCase();
  return code === 'NL00' ? 'NL01' : code;
}

export function levelOf(code: string): RegionLevel {
  if (code.startsWith('NL')) return 'country';
  if (code.startsWith('GM')) return 'municipality';
  if (code.startsWith('WK')) return 'district';
  return 'neighbourhood';
}

interface TableMeta {
  tableId: string;
  properties: RawRecord[] | undefined;
  propertiesFile: string | undefined;
  info: TableInfoFile | undefined;
}

/**
 * Turns the files of one import into datasets (one per table, variant and year) and region lists,
 * checking every column against the table's metadata. Throws a StatisticsFileError naming the file,
 * row and column for anything that does not fit; nothing is written before the whole plan stands.
 */
export function planStatisticsImport(files: StatisticsFile[], options: { year?: number } = {}): StatisticsImportPlan {
  const notes: string[] = [];
  const tables = new Map<string, TableMeta>();
  const table = (tableId: string) => {
    let meta = tables.get(tableId);
    if (!meta) {
      meta = { tableId, properties: undefined, propertiesFile: undefined, info: undefined };
      tables.set(tableId, meta);
    }
    return meta;
  };
  const infos = files.filter((file): file is TableInfoFile => file.kind === 'table-info');
  for (const info of infos) table(info.tableId).info = info;

  for (const file of files.filter((f): f is PropertiesFile => f.kind === 'properties')) {
    const tableId = file.tableIdHint ?? (infos.length === 1 ? infos[0]?.tableId : undefined);
    if (!tableId) {
      throw new StatisticsFileError(`${file.fileName}: bij welke tabel horen deze DataProperties? Zet de tabelcode (bijvoorbeeld 85984NED) in de bestandsnaam of importeer de TableInfos mee.`);
    }
    const meta = table(tableId);
    if (meta.properties) throw new StatisticsFileError(`${file.fileName}: tabel ${tableId} heeft al DataProperties (${meta.propertiesFile}).`);
    meta.properties = file.records;
    meta.propertiesFile = file.fileName;
  }

  const datasets = new Map<string, ParsedDataset>();
  for (const file of files.filter((f): f is DataFile => f.kind === 'data')) {
    const tableId = dataTableId(file, tables);
    const meta = table(tableId);
    if (!meta.properties && tableId === RIVM_TABLE_ID) meta.properties = RIVM_PROPERTIES;
    if (!meta.properties) {
      const others = [...tables.values()].filter((t) => t.properties).map((t) => t.tableId);
      throw new StatisticsFileError(
        `${file.fileName}: geen DataProperties (metadata) voor tabel ${tableId}${others.length ? ` — wel voor ${others.join(', ')}: hoort dit bestand bij een andere tabel?` : ''}. ` +
          'Importeer het DataProperties-bestand van dezelfde tabel mee.',
      );
    }
    readDataFile({ file, meta, options, datasets, notes });
  }
  for (const meta of tables.values()) {
    if (meta.properties && meta.tableId !== RIVM_TABLE_ID && ![...datasets.values()].some((d) => d.tableId === meta.tableId)) {
      notes.push(`Tabel ${meta.tableId}: alleen metadata, geen cijfers — niets te importeren.`);
    }
  }

  const regionLists = files
    .filter((f): f is RegionListFile => f.kind === 'region-list')
    .map((file) => readRegionList(file, tables, options));

  if (datasets.size === 0 && regionLists.length === 0) {
    throw new StatisticsFileError('Geen cijfers of regiolijst gevonden in deze bestanden: alleen metadata. Importeer ook het bestand met de cijfers.');
  }
  return { datasets: [...datasets.values()], regionLists, notes };
}

function dataTableId(file: DataFile, tables: Map<string, TableMeta>): string {
  if (file.tableIdHint) return file.tableIdHint;
  if (looksLikeRivmGezondheid(file.columns)) return RIVM_TABLE_ID;
  const known = [...tables.keys()];
  if (known.length === 1 && known[0]) return known[0];
  throw new StatisticsFileError(
    `${file.fileName}: bij welke CBS-tabel horen deze cijfers? Zet de tabelcode (bijvoorbeeld 85984NED) in de bestandsnaam, of importeer de TableInfos en DataProperties van dezelfde tabel mee.`,
  );
}

function readDataFile(options: { file: DataFile; meta: TableMeta; options: { year?: number }; datasets: Map<string, ParsedDataset>; notes: string[] }): void {
  const { file, meta, datasets } = options;
  const properties = meta.properties ?? [];
  const topics = new Map(properties.filter((p) => p.Type === 'Topic').map((p) => [String(p.Key), p]));
  const dimensions = new Set(properties.filter((p) => /Dimension$/.test(String(p.Type ?? ''))).map((p) => String(p.Key)));
  const allowed = new Set(['ID', file.regionColumn, TIME_COLUMN, MARGIN_COLUMN, ...dimensions, ...topics.keys()]);
  const strange = file.columns.filter((column) => !allowed.has(column));
  if (strange.length > 0) {
    throw new StatisticsFileError(
      `${file.fileName}: de kolom(men) ${strange.slice(0, 5).join(', ')}${strange.length > 5 ? ', …' : ''} staan niet in de metadata van tabel ${meta.tableId}. ` +
        'Hoort dit bestand bij een andere tabel, of is het aangepast?',
    );
  }
  const numeric = file.columns.filter((column) => {
    const topic = topics.get(column);
    return topic !== undefined && isNumericTopic(topic);
  });
  if (numeric.length === 0) {
    throw new StatisticsFileError(`${file.fileName}: geen enkele kolom met cijfers van tabel ${meta.tableId}.`);
  }
  const variantColumns = file.columns.filter((c) => c !== file.regionColumn && c !== TIME_COLUMN && c !== MARGIN_COLUMN && c !== 'ID' && dimensions.has(c));
  const fallbackYear = yearOfTable(meta) ?? file.yearHint ?? options.options.year;

  let skipped = 0;
  let kept = 0;
  file.rows.forEach((row, index) => {
    const rowLabel = `${file.fileName}, rij ${index + (file.regionColumn === '__region' ? 1 : 2)}`;
    if (row[MARGIN_COLUMN] !== undefined && String(row[MARGIN_COLUMN]).trim() !== VALUE_MARGIN) return;
    const code = normaliseRegionCode(row[file.regionColumn]);
    if (!REGION_CODE.test(code)) {
      skipped++;
      return;
    }
    const period = row[TIME_COLUMN] === undefined ? undefined : String(row[TIME_COLUMN]).trim();
    const year = period ? Number(/^(\d{4})/.exec(period)?.[1]) : fallbackYear;
    if (!year || !Number.isInteger(year)) {
      throw new StatisticsFileError(`${rowLabel}: het jaar is onbekend (geen Perioden, TableInfos of jaartal in de bestandsnaam); geef het op met --year.`);
    }
    const variantCodes = variantColumns.map((c) => String(row[c] ?? '').trim());
    const variant = variantCodes.join('-');
    const datasetKey = `${meta.tableId}|${variant}|${year}`;
    let dataset = datasets.get(datasetKey);
    if (!dataset) {
      dataset = newDataset({ meta, variant, variantLabel: variantLabel(variantColumns, variantCodes), year, numeric, topics });
      datasets.set(datasetKey, dataset);
    }
    if (!dataset.fileNames.includes(file.fileName)) dataset.fileNames.push(file.fileName);
    if (regionIndex(dataset).has(code)) {
      throw new StatisticsFileError(`${rowLabel}: regio ${code} staat dubbel in ${meta.tableId} ${year}.`);
    }
    regionIndex(dataset).set(code, dataset.regionCodes.length);
    dataset.regionCodes.push(code);
    for (const indicator of dataset.indicators) {
      (dataset.values.get(indicator.key) as (number | null)[]).push(parseValue(row[indicator.key], `${rowLabel}, kolom ${indicator.key}`));
    }
    kept++;
  });
  if (kept === 0) {
    throw new StatisticsFileError(`${file.fileName}: geen enkele rij met een CBS-regiocode (NL01, GMxxxx, WKxxxxxx, BUxxxxxxxx).`);
  }
  if (skipped > 0) options.notes.push(`${file.fileName}: ${skipped} rijen met een andere regio-indeling (provincie, COROP, …) overgeslagen.`);
}

const indexes = new WeakMap<ParsedDataset, Map<string, number>>();
function regionIndex(dataset: ParsedDataset): Map<string, number> {
  let index = indexes.get(dataset);
  if (!index) {
    index = new Map();
    indexes.set(dataset, index);
  }
  return index;
}

function newDataset(options: {
  meta: TableMeta;
  variant: string;
  variantLabel: string;
  year: number;
  numeric: string[];
  topics: Map<string, RawRecord>;
}): ParsedDataset {
  const { meta, variant, year, numeric, topics } = options;
  const info = meta.info;
  const isRivm = meta.tableId === RIVM_TABLE_ID && !info;
  const rawTitle = info?.title || (isRivm ? `${RIVM_TABLE_INFO.title} ${year}` : `CBS-tabel ${meta.tableId}`);
  const series = rawTitle.replace(/[;,]?\s*(?:19|20)\d\d(?:[/-](?:19|20)?\d\d)*.*$/, '').trim() || rawTitle;
  const title = /(?:19|20)\d\d/.test(rawTitle) ? rawTitle : `${rawTitle} ${year}`;
  const keysByConcept = new Map(numeric.map((key) => [conceptOf(key), key]));
  const indicators = numeric
    .map((key) => {
      const topic = topics.get(key) as RawRecord;
      const facts = {
        key,
        title: String(topic.Title ?? key).trim(),
        unit: String(topic.Unit ?? '').trim(),
        presentation: String(topic.PresentationType ?? '').trim(),
        datatype: String(topic.Datatype ?? ''),
      };
      const { aggregation, weightKey } = aggregationOf(facts, keysByConcept);
      return {
        key,
        concept: conceptOf(key),
        position: Number(topic.Position ?? topic.ID ?? 0) || 0,
        title: facts.title,
        unit: facts.unit,
        description: String(topic.Description ?? '').replace(/\r\n/g, '\n').trim(),
        decimals: Number(topic.Decimals ?? 0) || 0,
        presentation: facts.presentation,
        aggregation,
        weightKey,
        higherIsBetter: isHigherBetter(key),
      };
    })
    .sort((a, b) => a.position - b.position);
  return {
    tableId: meta.tableId,
    variant,
    variantLabel: options.variantLabel,
    year,
    publisher: info?.catalog || (isRivm ? RIVM_TABLE_INFO.catalog : 'CBS'),
    title,
    series,
    modified: info?.modified ?? null,
    fileNames: [],
    indicators,
    regionCodes: [],
    values: new Map(indicators.map((indicator) => [indicator.key, []])),
  };
}

function variantLabel(columns: string[], codes: string[]): string {
  return columns.map((column, i) => RIVM_DIMENSION_LABELS[column]?.[codes[i] ?? ''] ?? `${column} ${codes[i]}`).join(', ');
}

function isNumericTopic(topic: RawRecord): boolean {
  const datatype = String(topic.Datatype ?? '');
  if (datatype) return NUMERIC_TYPES.has(datatype);
  return !['code', 'naam', 'omschrijving'].includes(String(topic.Unit ?? ''));
}

function parseValue(raw: unknown, where: string): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw new StatisticsFileError(`${where}: '${raw}' is geen getal.`);
    return raw;
  }
  const text = String(raw).trim();
  if (NO_VALUE.has(text)) return null;
  if (!NUMBER.test(text)) throw new StatisticsFileError(`${where}: '${text.slice(0, 30)}' is geen getal (en geen '.' voor ‘geen waarde’).`);
  return Number(text);
}

function yearOfTable(meta: TableMeta): number | undefined {
  const period = meta.info?.period;
  if (period && /^\d{4}$/.test(period)) return Number(period);
  const geo = meta.properties?.find((p) => p.Type === 'GeoDetail' && p.MapYear);
  return geo ? Number(geo.MapYear) : undefined;
}

function readRegionList(file: RegionListFile, tables: Map<string, TableMeta>, options: { year?: number }): ParsedRegionList {
  const meta = file.tableIdHint ? tables.get(file.tableIdHint) : undefined;
  const year = (meta && yearOfTable(meta)) ?? file.yearHint ?? options.year;
  if (!year) throw new StatisticsFileError(`${file.fileName}: van welk jaar is deze regiolijst? Zet het jaar in de bestandsnaam of geef --year op.`);
  const regions: ParsedRegionList['regions'] = [];
  file.records.forEach((record) => {
    const code = normaliseRegionCode(record.Key);
    if (!REGION_CODE.test(code)) return;
    const kind = levelOf(code);
    const name = String(record.Title ?? '').trim() || code;
    const municipalityCode = kind === 'country' ? null : kind === 'municipality' ? code : String(record.Municipality ?? '').trim() || `GM${code.slice(2, 6)}`;
    regions.push({ code, kind, name, municipalityCode, districtCode: kind === 'neighbourhood' ? `WK${code.slice(2, 8)}` : null });
  });
  if (regions.length === 0) throw new StatisticsFileError(`${file.fileName}: geen enkele CBS-regiocode in de kolom Key.`);
  return { fileName: file.fileName, year, regions };
}
