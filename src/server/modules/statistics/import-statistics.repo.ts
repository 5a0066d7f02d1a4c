import type pg from 'pg';
import type { ParsedDataset, ParsedIndicator, ParsedRegionList } from './plan-statistics-import.js';

type Queryable = pg.PoolClient | pg.Pool;

// Any constant: imports of statistics wait for each other instead of colliding.
const IMPORT_LOCK_KEY = 748_5_2024;

export async function lockStatisticsImport(db: Queryable): Promise<void> {
  await db.query('select pg_advisory_xact_lock($1)', [IMPORT_LOCK_KEY]);
}

/** Creates or reuses the dataset row and removes its previous indicators and values (cascade). */
export async function resetDataset(db: Queryable, dataset: ParsedDataset, importedBy: string): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `insert into statistics_datasets (table_id, variant, variant_label, year, publisher, title, series, modified, file_names, imported_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict (table_id, variant, year) do update set
       variant_label = excluded.variant_label, publisher = excluded.publisher, title = excluded.title,
       series = excluded.series, modified = excluded.modified, file_names = excluded.file_names,
       imported_by = excluded.imported_by, imported_at = now()
     returning id`,
    [dataset.tableId, dataset.variant, dataset.variantLabel, dataset.year, dataset.publisher, dataset.title, dataset.series, dataset.modified, dataset.fileNames, importedBy],
  );
  const id = rows[0]?.id as number;
  await db.query('delete from statistics_indicators where dataset_id = $1', [id]);
  return id;
}

export async function insertIndicators(db: Queryable, datasetId: number, indicators: (ParsedIndicator & { id: string })[]): Promise<void> {
  await db.query(
    `insert into statistics_indicators (id, dataset_id, key, concept, position, title, unit, description, decimals, presentation,
                                        aggregation, weight_key, higher_is_better)
     select i.id, $1, i.key, i.concept, i.position, i.title, i.unit, i.description, i.decimals, i.presentation,
            i.aggregation, i."weightKey", i."higherIsBetter"
     from jsonb_to_recordset($2::jsonb) as i(id text, key text, concept text, position int, title text, unit text, description text,
                                             decimals int, presentation text, aggregation text, "weightKey" text, "higherIsBetter" boolean)`,
    [datasetId, JSON.stringify(indicators)],
  );
}

export async function insertValues(db: Queryable, rows: { indicatorIds: string[]; codes: string[]; values: (number | null)[] }): Promise<void> {
  await db.query(
    `insert into statistics_values (indicator_id, region_code, value)
     select * from unnest($1::text[], $2::text[], $3::float8[])`,
    [rows.indicatorIds, rows.codes, rows.values],
  );
}

export async function replaceRegionList(db: Queryable, list: ParsedRegionList): Promise<void> {
  await db.query('delete from statistics_regions where year = $1', [list.year]);
  await db.query(
    `insert into statistics_regions (year, code, kind, name, municipality_code, district_code)
     select $1, r.code, r.kind, r.name, r."municipalityCode", r."districtCode"
     from jsonb_to_recordset($2::jsonb) as r(code text, kind text, name text, "municipalityCode" text, "districtCode" text)
     on conflict (year, code) do update set kind = excluded.kind, name = excluded.name,
       municipality_code = excluded.municipality_code, district_code = excluded.district_code`,
    [list.year, JSON.stringify(list.regions)],
  );
}

export async function bumpStatisticsGeneration(db: Queryable): Promise<void> {
  await db.query('update statistics_state set generation = generation + 1');
}
