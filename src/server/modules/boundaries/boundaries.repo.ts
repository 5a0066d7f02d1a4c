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
