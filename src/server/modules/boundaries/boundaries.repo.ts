import type pg from 'pg';
import type { ParsedRegion } from './parse-boundaries.js';

type Queryable = pg.PoolClient | pg.Pool;

export async function ensureMunicipality(db: Queryable, id: string, name: string): Promise<void> {
  await db.query('insert into municipalities (id, name) values ($1, $2) on conflict (id) do nothing', [id, name]);
}

export async function upsertRegions(db: Queryable, regions: ParsedRegion[]): Promise<void> {
  await db.query(
    `insert into regions (municipality_id, year, code, kind, name, district_code, geometry)
     select * from jsonb_to_recordset($1::jsonb) as r(
       "municipalityId" text, year int, code text, kind text, name text, "districtCode" text, geometry jsonb)
     on conflict (municipality_id, year, code) do update set
       kind = excluded.kind, name = excluded.name, district_code = excluded.district_code,
       geometry = excluded.geometry, imported_at = now()`,
    [JSON.stringify(regions.map(({ municipalityId, year, code, kind, name, districtCode, geometry }) => ({ municipalityId, year, code, kind, name, districtCode, geometry })))],
  );
}

export async function countAreas(db: Queryable, municipalityId: string): Promise<number> {
  const { rows } = await db.query<{ count: number }>('select count(*)::int as count from areas where municipality_id = $1', [
    municipalityId,
  ]);
  return rows[0]?.count ?? 0;
}

export async function insertArea(
  db: Queryable,
  area: { municipalityId: string; name: string; regionCodes: string[] },
): Promise<void> {
  const { rows } = await db.query<{ id: string }>(
    `insert into areas (municipality_id, name) values ($1, $2)
     on conflict (municipality_id, lower(name)) do update set name = excluded.name returning id`,
    [area.municipalityId, area.name],
  );
  await db.query(
    `insert into area_regions (area_id, municipality_id, region_code)
     select $1, $2, unnest($3::text[]) on conflict do nothing`,
    [rows[0]?.id, area.municipalityId, area.regionCodes],
  );
}

/** Which area each region code of the municipality belongs to (area_regions holds codes, of any year). */
export async function listAreaOfRegionCodes(db: Queryable, municipalityId: string): Promise<Map<string, string>> {
  const { rows } = await db.query<{ region_code: string; area_id: string }>(
    'select region_code, area_id from area_regions where municipality_id = $1',
    [municipalityId],
  );
  return new Map(rows.map((row) => [row.region_code, row.area_id]));
}

export interface StoredRegion {
  year: number;
  code: string;
  kind: 'district' | 'neighbourhood';
  name: string;
  district_code: string | null;
  geometry: import('geojson').Geometry | null;
}

/** The municipality's regions of the years before `year`, newest year first. */
export async function listEarlierRegions(db: Queryable, municipalityId: string, year: number): Promise<StoredRegion[]> {
  const { rows } = await db.query<StoredRegion>(
    `select year, code, kind, name, district_code, geometry from regions
     where municipality_id = $1 and year < $2 order by year desc, kind desc`,
    [municipalityId, year],
  );
  return rows;
}

export async function addAreaRegions(db: Queryable, municipalityId: string, links: { areaId: string; code: string }[]): Promise<void> {
  if (links.length === 0) return;
  await db.query(
    `insert into area_regions (area_id, municipality_id, region_code)
     select area_id, $1, code from jsonb_to_recordset($2::jsonb) as r(area_id uuid, code text) on conflict do nothing`,
    [municipalityId, JSON.stringify(links.map((link) => ({ area_id: link.areaId, code: link.code })))],
  );
}

export async function findNewestRegionYear(db: Queryable, municipalityId: string): Promise<number | null> {
  const { rows } = await db.query<{ year: number | null }>('select max(year) as year from regions where municipality_id = $1', [municipalityId]);
  return rows[0]?.year ?? null;
}
