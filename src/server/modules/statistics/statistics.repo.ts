import type pg from 'pg';
import type { Db } from '../../platform/db/tenant.js';

type Queryable = pg.Pool | pg.PoolClient;

// Public figures (no tenant): read with any connection of the app role.

export interface DatasetRow {
  id: number;
  table_id: string;
  variant: string;
  variant_label: string;
  year: number;
  publisher: string;
  title: string;
  series: string;
  imported_at: Date;
  imported_by: string;
  levels: { country: number; municipality: number; district: number; neighbourhood: number };
}

export interface IndicatorRow {
  id: string;
  dataset_id: number;
  key: string;
  concept: string;
  position: number;
  title: string;
  unit: string;
  description: string;
  decimals: number;
  presentation: string;
  aggregation: 'sum' | 'weighted_mean' | 'none';
  weight_key: string | null;
  higher_is_better: boolean;
}

export async function readStatisticsGeneration(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ generation: number }>('select generation from statistics_state');
  return rows[0]?.generation ?? 0;
}

/** Datasets with how many regions of each level they have (counted on one indicator: all share the rows). */
export async function listDatasetRows(db: Queryable): Promise<DatasetRow[]> {
  const { rows } = await db.query<DatasetRow>(
    `select d.id, d.table_id, d.variant, d.variant_label, d.year, d.publisher, d.title, d.series, d.imported_at, d.imported_by,
       coalesce((
         select jsonb_build_object(
           'country', count(*) filter (where v.region_code like 'NL%'),
           'municipality', count(*) filter (where v.region_code like 'GM%'),
           'district', count(*) filter (where v.region_code like 'WK%'),
           'neighbourhood', count(*) filter (where v.region_code like 'BU%'))
         from statistics_values v
         where v.indicator_id = (select i.id from statistics_indicators i where i.dataset_id = d.id order by i.position, i.id limit 1)
       ), '{"country":0,"municipality":0,"district":0,"neighbourhood":0}'::jsonb) as levels
     from statistics_datasets d
     order by d.publisher, d.series, d.variant, d.year`,
  );
  return rows;
}

export async function listIndicatorRows(db: Queryable): Promise<IndicatorRow[]> {
  const { rows } = await db.query<IndicatorRow>(
    `select id, dataset_id, key, concept, position, title, unit, description, decimals, presentation, aggregation, weight_key, higher_is_better
     from statistics_indicators order by dataset_id, position, id`,
  );
  return rows;
}

export async function readIndicatorValueRows(db: Queryable, indicatorId: string): Promise<{ region_code: string; value: number | null }[]> {
  const { rows } = await db.query<{ region_code: string; value: number | null }>(
    'select region_code, value from statistics_values where indicator_id = $1',
    [indicatorId],
  );
  return rows;
}

export async function readRegionValueRows(db: Queryable, code: string): Promise<{ indicator_id: string; value: number | null }[]> {
  const { rows } = await db.query<{ indicator_id: string; value: number | null }>(
    'select indicator_id, value from statistics_values where region_code = $1',
    [code],
  );
  return rows;
}

/** Region names of the CBS region lists, newest year first wins. */
export async function listRegionNameRows(db: Queryable): Promise<{ code: string; name: string }[]> {
  const { rows } = await db.query<{ code: string; name: string }>(
    'select distinct on (code) code, name from statistics_regions order by code, year desc',
  );
  return rows;
}

// Tenant data (areas, boundaries, priority selections): always with the municipality.

export interface TenantRegionRow {
  code: string;
  kind: 'district' | 'neighbourhood';
  name: string;
  district_code: string | null;
}

/** The municipality's CBS districts and neighbourhoods of its newest boundary year. */
export async function listTenantRegionRows(db: Db, municipalityId: string): Promise<TenantRegionRow[]> {
  const { rows } = await db.query<TenantRegionRow>(
    `select code, kind, name, district_code from regions
     where municipality_id = $1 and year = (select max(year) from regions where municipality_id = $1)
     order by code`,
    [municipalityId],
  );
  return rows;
}

export interface AreaRegionsRow {
  id: string;
  name: string;
  region_codes: string[];
}

export async function listAreaRegionRows(db: Db, municipalityId: string): Promise<AreaRegionsRow[]> {
  const { rows } = await db.query<AreaRegionsRow>(
    `select a.id, a.name,
       coalesce((select array_agg(ar.region_code order by ar.region_code) from area_regions ar
                 where ar.area_id = a.id and ar.municipality_id = a.municipality_id), '{}') as region_codes
     from areas a where a.municipality_id = $1 order by a.name`,
    [municipalityId],
  );
  return rows;
}

export async function readMunicipalityName(db: Db, municipalityId: string): Promise<string> {
  const { rows } = await db.query<{ name: string }>('select name from municipalities where id = $1', [municipalityId]);
  return rows[0]?.name ?? municipalityId;
}

export interface PrioritySelectionRow {
  id: string;
  year: number;
  title: string;
  level: 'area' | 'district' | 'neighbourhood';
  indicators: { id: string; weight: number; higherIsBetter?: boolean }[];
  priority_units: string[];
  note: string;
  ranking: unknown;
  updated_at: Date;
  updated_by_name: string | null;
}

const SELECTION_SELECT = `
  select s.id, s.year, s.title, s.level, s.indicators, s.priority_units, s.note, s.ranking, s.updated_at, u.name as updated_by_name
  from priority_selections s left join users u on u.id = s.updated_by and u.municipality_id = s.municipality_id`;

export async function listPrioritySelectionRows(db: Db, municipalityId: string): Promise<PrioritySelectionRow[]> {
  const { rows } = await db.query<PrioritySelectionRow>(`${SELECTION_SELECT} where s.municipality_id = $1 order by s.year desc`, [municipalityId]);
  return rows;
}

export async function findPrioritySelectionRow(db: Db, municipalityId: string, year: number): Promise<PrioritySelectionRow | undefined> {
  const { rows } = await db.query<PrioritySelectionRow>(`${SELECTION_SELECT} where s.municipality_id = $1 and s.year = $2`, [municipalityId, year]);
  return rows[0];
}

export async function upsertPrioritySelectionRow(
  db: Db,
  municipalityId: string,
  selection: { year: number; title: string; level: string; indicators: unknown; priorityUnits: string[]; note: string; ranking: unknown; actorId: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `insert into priority_selections (municipality_id, year, title, level, indicators, priority_units, note, ranking, updated_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict (municipality_id, year) do update set
       title = excluded.title, level = excluded.level, indicators = excluded.indicators, priority_units = excluded.priority_units,
       note = excluded.note, ranking = excluded.ranking, updated_by = excluded.updated_by, updated_at = now()
     returning id`,
    [
      municipalityId,
      selection.year,
      selection.title,
      selection.level,
      JSON.stringify(selection.indicators),
      selection.priorityUnits,
      selection.note,
      JSON.stringify(selection.ranking),
      selection.actorId,
    ],
  );
  return rows[0]?.id as string;
}

export async function deletePrioritySelectionRow(db: Db, municipalityId: string, year: number): Promise<string | undefined> {
  const { rows } = await db.query<{ id: string }>('delete from priority_selections where municipality_id = $1 and year = $2 returning id', [
    municipalityId,
    year,
  ]);
  return rows[0]?.id;
}

export interface AreaCardRow {
  name: string;
  kind: 'wijk' | 'kern';
  public_email: string | null;
  public_phone: string | null;
  people: { name: string; email: string; phone: string | null; role: 'connector' | 'alderman' | 'adviser'; hours_per_week: number | null }[];
}

/** The area's contact card: public contact details and the people working for it. */
export async function readAreaCardRow(db: Db, municipalityId: string, areaId: string): Promise<AreaCardRow | undefined> {
  const { rows } = await db.query<AreaCardRow>(
    `select a.name, a.kind, a.public_email, a.public_phone,
       coalesce((select jsonb_agg(jsonb_build_object('name', u.name, 'email', u.email, 'phone', u.phone, 'role', ap.role,
                                                     'hours_per_week', ap.hours_per_week) order by ap.role, u.name)
                 from area_people ap join users u on u.id = ap.user_id and u.municipality_id = ap.municipality_id and u.is_active
                 where ap.area_id = a.id and ap.municipality_id = a.municipality_id), '[]'::jsonb) as people
     from areas a where a.municipality_id = $1 and a.id = $2`,
    [municipalityId, areaId],
  );
  return rows[0];
}

export interface TenantRegionGeometryRow {
  code: string;
  kind: 'district' | 'neighbourhood';
  geometry: import('geojson').Geometry | null;
}

export async function listTenantRegionGeometryRows(db: Db, municipalityId: string): Promise<TenantRegionGeometryRow[]> {
  const { rows } = await db.query<TenantRegionGeometryRow>(
    `select code, kind, geometry from regions
     where municipality_id = $1 and year = (select max(year) from regions where municipality_id = $1)`,
    [municipalityId],
  );
  return rows;
}
